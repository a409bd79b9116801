#include "game/sim/message.h"

#include "game/sim/nav_signals.h"

#include <algorithm>
#include <cstdint>

namespace sp {

int relayFor(const Constellation& sky, int from, int to, double seconds) {
    if (from < 0 || from >= sky.stationCount() || to < 0 || to >= sky.stationCount()) return -1;
    const double maskFrom = sky.station(from).mask_deg, maskTo = sky.station(to).mask_deg;
    for (int i = 0; i < sky.count(); ++i) {
        const SkyCircle& c = sky.circle(i);
        if (c.used && c.messages && sky.elevationDeg(from, i, seconds) >= maskFrom && sky.elevationDeg(to, i, seconds) >= maskTo)
            return i;
    }
    return -1;
}

MessageLink messageAt(const Constellation& sky, int from, int to, double seconds, double sigmaKm) {
    MessageLink m;
    m.relay = relayFor(sky, from, to, seconds);
    m.fix = fixAt(sky, from, seconds, sigmaKm, &m.heard);
    if (m.fix.ok && !m.fix.degenerate) m.errorM = m.fix.error.majorKm * 1000;
    return m;
}

int switchedOn(const Constellation& sky) {
    int on = 0;
    for (int i = 0; i < sky.count(); ++i) on += sky.circle(i).used ? 1 : 0;
    return on;
}

bool anyCarrierOn(const Constellation& sky) {
    for (int i = 0; i < sky.count(); ++i)
        if (sky.circle(i).used && sky.circle(i).messages) return true;
    return false;
}

MessageAhead messageAhead(const Constellation& sky, int from, int to, double sigmaKm, double needM, double untilS, double stepS) {
    MessageAhead a;
    if (!(stepS > 0)) return a;
    const int64_t steps = static_cast<int64_t>(untilS / stepS);
    for (int64_t k = 1; k <= steps; ++k) {   // as a flight looks: after each tick
        const double t = double(k) * stepS;
        const MessageLink m = messageAt(sky, from, to, t, sigmaKm);
        a.mostHeard = std::max(a.mostHeard, m.heard);
        if (m.errorM >= 0 && (a.bestErrorM < 0 || m.errorM < a.bestErrorM)) a.bestErrorM = m.errorM;
        if (m.sendable(needM)) {
            a.sentAtS = t;
            a.relay = m.relay;
            return a;
        }
    }
    return a;
}

double nextCrossingS(const Constellation& sky, int station, int i, double fromS, double untilS, double stepS) {
    if (station < 0 || station >= sky.stationCount() || i < 0 || i >= sky.count() || !(stepS > 0)) return -1;
    const double mask = sky.station(station).mask_deg;
    const bool upNow = sky.elevationDeg(station, i, fromS) >= mask;
    for (double t = fromS + stepS; t <= untilS; t += stepS)
        if ((sky.elevationDeg(station, i, t) >= mask) != upNow) return t;
    return -1;
}

} // namespace sp
