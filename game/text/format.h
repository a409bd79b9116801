// Numbers as the player reads them: real units, sensible precision, thousands grouped. The one
// place numbers become text, for the HUD, the briefing, the results and the sim's reports.
// The unit words come from the string tables ("{0} km" / "{0} 公里"); these functions only
// make the digits.
#pragma once
#include <string>
#include <string_view>

namespace sp {

class Strings;

std::string fixed(double value, int decimals);       // "7.66"
std::string grouped(double value);                    // 12345.6 -> "12,346"
std::string kmText(const Strings& tr, double km);     // "412 km", "12,346 km"
std::string kmsText(const Strings& tr, double kms, int decimals = 2);   // "7.66 km/s"
// Fuel left (as Δv), rounded down: a gauge never shows more than there is (0.7496 km/s of
// 1.00 reads 0.74, not 0.75, beside the "keep 75%" star it has just missed).
std::string fuelText(const Strings& tr, double kms);
// Real minutes as "34 min" or "1 h 54 min" (and "2 d 3 h" for very long flights).
std::string durationText(const Strings& tr, double minutes);

// A reported number (report.h) by its key's unit suffix: _km "12,346 km", _km_s "7.7 km/s"
// (to a tenth, as a sentence says it), _m_s "3.6 m/s" (two decimals below 1), _m "4.0 m",
// _deg "1.1°", _kw_m2 "830 kW/m²", _g "4.2 g", _min "1 h 54 min", _pct "42" (the sentence has
// the "%"), _count "3" or "2.5"; any other key, like an eccentricity, "0.05". Without the unit
// word ("{min_km:n}" in a table) for a range like "1,000–1,400 km".
std::string numberText(const Strings& tr, std::string_view key, double value, bool unit = true);

// A ground site's real coordinates, to a tenth of a degree: "45.5° S, 177.6° E", "南纬 45.5°，东经 177.6°".
std::string siteCoordinates(const Strings& tr, double latitudeDeg, double longitudeDeg);
std::string longitudeText(const Strings& tr, double longitudeDeg);   // "110.5° E", "20.0° W"

} // namespace sp
