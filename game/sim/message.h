// A short message (Chapter 4, BeiDou): a receiver that has fixed itself sends where it is to a
// centre, through a satellite that carries messages (BeiDou's GEO satellites do, over Asia) and
// that both of them see above their masks. BeiDou is the one navigation system whose receivers
// can also send. Pure functions of the constellation and the time, like nav_signals.h.
#pragma once
#include "game/sim/constellation.h"
#include "game/sim/nav.h"

namespace sp {

// Station `from`'s message to station `to` at `seconds`.
struct MessageLink {
    int relay = -1;       // the satellite that carries it: -1, none switched on is in view of both
    int heard = 0;        // the satellites `from` hears (switched on and above its mask)
    nav::Fix fix;         // what it makes of them (fixAt), the clock unknown
    double errorM = -1;   // that fix's error region, half its length (m); -1 without a fix
    bool sendable(double needM) const { return relay >= 0 && errorM >= 0 && errorM <= needM; }
};
// `sigmaKm`: how far each range is off (the error region's scale).
MessageLink messageAt(const Constellation& sky, int from, int to, double seconds, double sigmaKm);

// The first switched-on satellite that carries messages and that both stations see above their
// masks, or -1.
int relayFor(const Constellation& sky, int from, int to, double seconds);

// How many satellites are switched on (the channels a receiver tunes), and whether any of them
// carries messages.
int switchedOn(const Constellation& sky);
bool anyCarrierOn(const Constellation& sky);

// Looking ahead from the start, at each tick of `stepS` as a flight meets them, up to `untilS`:
// when the message could first go, through which satellite, the most satellites heard at once
// and the smallest error region on the way (what a sky level's panel shows before its start).
struct MessageAhead {
    double sentAtS = -1;   // -1: not before untilS
    int relay = -1;
    int mostHeard = 0;
    double bestErrorM = -1;
};
MessageAhead messageAhead(const Constellation& sky, int from, int to, double sigmaKm, double needM, double untilS, double stepS);

// When satellite i next crosses station s's mask (rises above it if it is below, sets if it is
// above) after `fromS`, looked at every `stepS` up to `untilS`; -1 if not by then.
double nextCrossingS(const Constellation& sky, int station, int i, double fromS, double untilS, double stepS);

} // namespace sp
