#include "game/sim/progress.h"

#include <utility>

namespace sp {

Progress::Progress(Campaign campaign, SaveData save) : campaign_(std::move(campaign)), save_(std::move(save)) {}

bool Progress::unlocked(const std::string& id) const {
    std::string previous;
    for (const Chapter& c : campaign_.chapters) {
        for (const std::string& l : c.levels) {
            if (l == id) return previous.empty() || save_.completed(previous);
            previous = l;
        }
    }
    return false;
}

std::string Progress::nextLevel() const {
    if (source_ != LevelSource::Campaign) return "";
    std::string next = campaign_.next(levelId_);
    if (!next.empty()) return next;
    for (size_t c = 0; c + 1 < campaign_.chapters.size(); ++c) {
        const auto& levels = campaign_.chapters[c].levels;
        if (!levels.empty() && levels.back() == levelId_ && !campaign_.chapters[c + 1].levels.empty())
            return campaign_.chapters[c + 1].levels.front();
    }
    return "";
}

WinRecord Progress::recordWin(const std::string& id, int stars, double minutes) {
    WinRecord r;
    if (source_ != LevelSource::Campaign) return r;
    r.counted = true;
    auto was = save_.levels.find(id);
    if (was != save_.levels.end()) {
        r.previousStars = was->second.stars;
        r.previousMinutes = was->second.best_minutes;
    }
    r.chapterCompleted = chapterCompletedBy(campaign_, save_, id);
    r.improved = save_.recordWin(id, stars, minutes);
    return r;
}

const Level* Progress::level() const {
    if (source_ != LevelSource::Campaign) return fileLevel_ ? &*fileLevel_ : nullptr;
    return campaign_.find(levelId_);
}

void Progress::chooseCampaignLevel(const std::string& id) {
    levelId_ = id;
    source_ = LevelSource::Campaign;
    fileLevel_.reset();
    const int c = chapterOf(id);
    if (c >= 0) chapter_ = c;
}

void Progress::chooseLevel(Level level, LevelSource source) {
    levelId_ = level.id;
    fileLevel_ = std::move(level);
    source_ = source;
}

} // namespace sp
