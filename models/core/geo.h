#pragma once

namespace ta::geo {

/// Great-circle distance in kilometres between two WGS 84 positions (haversine, mean Earth radius).
double distanceKm(double lat1, double lon1, double lat2, double lon2);

} // namespace ta::geo
