#include "models/core/geo.h"

#include <cmath>
#include <numbers>

namespace ta::geo {

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadiusKm = 6371.0088;
    const auto rad = [](double degrees) {
        return degrees * std::numbers::pi / 180.0;
    };
    const double dLat = rad(lat2 - lat1);
    const double dLon = rad(lon2 - lon1);
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(rad(lat1)) * std::cos(rad(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace ta::geo
