// Starpath (星途): the game's entry point. It reads the command line (options.h), lets the
// Game read every file before a window opens (so a broken level named on the command line is
// a message and exit code 2, not a crash), then hands the frame loop to App.
#include "engine/core/log.h"
#include "engine/platform/app.h"
#include "game/app/game.h"
#include "game/app/options.h"

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    sp::setLogName("starpath");
    std::vector<std::string> args(argv + 1, argv + argc);
    sp::OptionsParse parsed = sp::parseOptions(args);
    if (!parsed.options) {
        std::fprintf(stderr, "starpath: %s\n", parsed.error.c_str());
        return 2;
    }
    const sp::Options& options = *parsed.options;
    if (options.help) {
        std::fputs(sp::usageText(), stdout);
        return 0;
    }

    sp::platform::App app;
    sp::Game game(app, options);
    if (int code = game.prepare(); code != 0) return code;

    sp::platform::AppCallbacks callbacks;
    callbacks.init = [&] { return game.init(); };
    callbacks.frame = [&](const sp::platform::FrameInput& in) { game.frame(in); };
    callbacks.shutdown = [&] { game.shutdown(); };
    return app.run(game.appConfig(), std::move(callbacks));
}
