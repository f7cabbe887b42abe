#include "models/customers/customergenerator.h"

#include <array>
#include <cmath>
#include <numbers>

namespace ta {

namespace {

// --- Place names: districts of Bình Dương province as they appear in CMIS addresses, each its own unit.
struct District
{
    const char *unit; // 4-char unit code after the corporation prefix
    const char *name;
    double lat;
    double lon;
    std::array<const char *, 6> wards;
};

// clang-format off
constexpr std::array<District, 5> kDistricts{{
    {"0701", "Thành phố Thủ Dầu Một", 10.9804, 106.6519,
     {"Phường Phú Cường", "Phường Hiệp Thành", "Phường Phú Hòa", "Phường Phú Lợi", "Phường Chánh Nghĩa",
      "Phường Định Hòa"}},
    {"0702", "Thành phố Dĩ An", 10.9069, 106.7695,
     {"Phường Dĩ An", "Phường Đông Hòa", "Phường Tân Bình", "Phường Bình An", "Phường An Bình",
      "Phường Tân Đông Hiệp"}},
    {"0703", "Thành phố Thuận An", 10.9257, 106.7115,
     {"Phường Lái Thiêu", "Phường An Phú", "Phường Bình Hòa", "Phường Thuận Giao", "Phường Vĩnh Phú",
      "Phường Hưng Định"}},
    {"0704", "Thành phố Bến Cát", 11.1523, 106.5930,
     {"Phường Mỹ Phước", "Phường Chánh Phú Hòa", "Phường Tân Định", "Phường Hòa Lợi", "Phường Thới Hòa",
      "Xã An Điền"}},
    {"0705", "Thành phố Tân Uyên", 11.0633, 106.7990,
     {"Phường Uyên Hưng", "Phường Tân Phước Khánh", "Phường Khánh Bình", "Phường Thái Hòa",
      "Phường Tân Hiệp", "Xã Bạch Đằng"}},
}};

constexpr const char *kProvince = "Tỉnh Bình Dương";

constexpr std::array kStreets{
    "Đại lộ Bình Dương", "Cách Mạng Tháng Tám", "Yersin",        "Nguyễn Văn Tiết", "Phú Lợi",
    "Huỳnh Văn Lũy",     "Lê Hồng Phong",       "Nguyễn An Ninh", "Trần Hưng Đạo",   "Nguyễn Trãi",
    "Hùng Vương",        "ĐT743",               "Nguyễn Du",      "Lý Thường Kiệt",  "Nguyễn Thị Minh Khai",
    "Trần Văn Ơn",       "Ngô Quyền",           "Bùi Quốc Khánh", "Thích Quảng Đức", "Mỹ Phước Tân Vạn",
    "Hoàng Hoa Thám",    "Võ Văn Kiệt",         "Phạm Ngọc Thạch", "Lê Thị Trung",   "Đồng Khởi",
};

// --- People: family names with their approximate share of the population (per mille).
struct Weighted
{
    const char *text;
    int weight;
};

constexpr std::array<Weighted, 16> kFamilyNames{{
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95}, {"Phạm", 70}, {"Huỳnh", 40}, {"Hoàng", 20}, {"Phan", 45},
    {"Võ", 39},      {"Vũ", 20},    {"Đặng", 21}, {"Bùi", 20}, {"Đỗ", 14},   {"Hồ", 13},    {"Ngô", 13},
    {"Dương", 10},   {"Lý", 5},
}};

constexpr std::array kMaleMiddle{"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Hoàng"};
constexpr std::array kFemaleMiddle{"Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Thanh", "Bích", "Hồng"};
constexpr std::array kMaleGiven{"Anh",  "Bình", "Cường", "Dũng", "Đức",  "Hải", "Hùng", "Huy",  "Khoa", "Long",
                                "Minh", "Nam",  "Phong", "Phúc", "Quân", "Sơn", "Tài",  "Thắng", "Toàn", "Trung",
                                "Tuấn", "Việt", "Vinh",  "Lộc",  "Hiếu", "Khải", "Nghĩa", "Thịnh", "Tú", "Đạt"};
constexpr std::array kFemaleGiven{"An",   "Châu", "Dung", "Giang", "Hà",   "Hạnh", "Hoa",  "Hương", "Lan",  "Linh",
                                  "Mai",  "My",   "Nga",  "Ngân",  "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thủy",
                                  "Trang", "Trinh", "Tuyết", "Uyên", "Vân",  "Yến",  "Hằng", "Diễm",  "Ánh",  "Loan"};

constexpr std::array kShops{"Cửa hàng tạp hóa", "Quán cà phê", "Tiệm sửa xe", "Quán cơm", "Tiệm tóc",
                            "Nhà thuốc",        "Cửa hàng điện thoại", "Quán phở", "Tiệm giặt ủi", "Nhà nghỉ",
                            "Cửa hàng vật liệu xây dựng", "Tiệm vàng", "Siêu thị mini", "Karaoke"};
constexpr std::array kCompanyWords{"Phú Thịnh", "Tân Phát", "Minh Long", "Hòa Bình", "Việt Hưng", "An Khang",
                                   "Thành Công", "Đại Phát", "Kim Ngân", "Phước Lộc", "Sao Việt", "Trường Sơn",
                                   "Đông Á", "Bình Minh", "Hưng Thịnh", "Nam Việt"};
constexpr std::array kFactories{"Công ty TNHH Sản xuất", "Xưởng gỗ", "Cơ sở may", "Công ty Cổ phần Bao bì",
                                "Xưởng cơ khí", "Cơ sở nước đá", "Công ty TNHH Gốm sứ", "Xưởng in",
                                "Cơ sở chế biến hạt điều", "Nhà máy nhựa"};
constexpr std::array kHealthEdu{"Trường Tiểu học", "Trường Mầm non", "Trường THCS", "Trạm Y tế",
                                "Trường THPT", "Phòng khám Đa khoa"};
constexpr std::array kPublic{"UBND", "Công an", "Chiếu sáng công cộng", "Nhà văn hóa", "Ban quản lý chợ",
                             "Hội Nông dân"};

constexpr std::array kPhonePrefixes{"090", "091", "093", "094", "096", "097", "098", "032", "033", "034",
                                    "035", "036", "037", "038", "039", "070", "076", "077", "078", "079",
                                    "081", "082", "083", "084", "085", "086", "088", "089"};

constexpr std::array kTransformerKva{25, 50, 75, 100, 160, 180, 250, 320, 400, 560, 630, 750, 1000, 1250, 1600};

// clang-format on

// Southern seasonality by calendar month (hot dry season April–June uses the most).
constexpr std::array<double, 12> kSeason{0.92, 0.88, 1.02, 1.15, 1.18, 1.08, 1.02, 1.00, 0.97, 0.96, 0.93, 0.92};

template <typename T, std::size_t N> const T &pick(Random &r, const std::array<T, N> &items)
{
    return items[static_cast<std::size_t>(r.between(0, static_cast<int>(N) - 1))];
}

const char *pickWeighted(Random &r, const std::array<Weighted, 16> &items)
{
    int total = 0;
    for (const auto &i : items)
        total += i.weight;
    int x = r.between(0, total - 1);
    for (const auto &i : items) {
        if (x < i.weight)
            return i.text;
        x -= i.weight;
    }
    return items[0].text;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString zeroPadded(long long value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

std::uint64_t splitmix64(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Random::Random(std::uint64_t seed)
{
    for (auto &s : m_s)
        s = splitmix64(seed);
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Random::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

int Random::between(int lo, int hi)
{
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<int>(next() % span);
}

double Random::gaussian()
{
    const double u1 = 1.0 - uniform(); // (0, 1]
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double Random::logNormal(double median, double sigma)
{
    return median * std::exp(sigma * gaussian());
}

CustomerGenerator::CustomerGenerator(GeneratorOptions options) : m_options(std::move(options)), m_random(m_options.seed)
{
    // A newest month that is not a yyyymm (a setup that never set one: 0) would read the seasons out of bounds.
    const int month = m_options.lastMonth % 100;
    if (m_options.lastMonth < 190001 || month < 1 || month > 12)
        m_options.lastMonth = GeneratorOptions().lastMonth;
}

void CustomerGenerator::startRouteBook()
{
    // A district holds a fifth of the branch; each substation feeds one or two route books.
    const int perDistrict = qMax(1, (m_options.customers + 4) / 5);
    m_district = qMin(4, m_index / perDistrict);
    if (m_routeBook % 2 == 0 || m_random.chance(0.3))
        ++m_substation;
    ++m_routeBook;
    const District &d = kDistricts[static_cast<std::size_t>(m_district)];
    const QString unit = m_options.corporation + QLatin1StringView(d.unit);
    m_substationCode = unit + QStringLiteral("T") + zeroPadded(m_substation, 4);
    m_routeBookCode = unit + QLatin1Char(static_cast<char>('A' + m_routeBook % 4)) + zeroPadded(m_routeBook, 4);
    m_routeBookSize = m_random.between(250, 600);
    m_routeOrder = 0;
    m_ward = m_random.between(0, 5);
    m_street = m_random.between(0, static_cast<int>(kStreets.size()) - 1);
    m_houseNumber = m_random.between(1, 40);
}

QString CustomerGenerator::personName()
{
    const bool male = m_random.chance(0.55);
    const QString family = u(pickWeighted(m_random, kFamilyNames));
    const QString middle = u(male ? pick(m_random, kMaleMiddle) : pick(m_random, kFemaleMiddle));
    const QString given = u(male ? pick(m_random, kMaleGiven) : pick(m_random, kFemaleGiven));
    return family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

QString CustomerGenerator::address()
{
    // Houses along a route book follow the street, as a meter reader walks it.
    m_houseNumber += m_random.between(1, 4);
    if (m_random.chance(0.02))
        m_street = m_random.between(0, static_cast<int>(kStreets.size()) - 1);
    const District &d = kDistricts[static_cast<std::size_t>(m_district)];
    QString house = QString::number(m_houseNumber);
    if (m_random.chance(0.15))
        house += QLatin1Char('/') + QString::number(m_random.between(1, 30));
    return house + QLatin1Char(' ') + u(kStreets[static_cast<std::size_t>(m_street)]) + QStringLiteral(", ") +
           u(d.wards[static_cast<std::size_t>(m_ward)]) + QStringLiteral(", ") + u(d.name) + QStringLiteral(", ") +
           u(kProvince);
}

Customer CustomerGenerator::next()
{
    if (m_routeOrder >= m_routeBookSize)
        startRouteBook();
    ++m_index;
    ++m_routeOrder;

    Random &r = m_random;
    const District &district = kDistricts[static_cast<std::size_t>(m_district)];
    Customer c;
    c.code = m_options.corporation + QLatin1StringView(district.unit) + zeroPadded(m_index, 7);
    c.substation = m_substationCode;
    c.routeBook = m_routeBookCode;
    c.routeOrder = m_routeOrder;
    c.address = address();
    c.phone = r.chance(0.85) ? u(pick(r, kPhonePrefixes)) + zeroPadded(r.between(0, 9999999), 7) : QString();
    // Serials are unique per branch: a manufacturer-year prefix and the customer index scrambled.
    c.meterSerial = QString::number(21 + r.between(0, 5)) + zeroPadded((m_index * 7919LL) % 100000000LL, 8);
    if (r.chance(0.7)) {
        c.latitude = district.lat + (r.uniform() - 0.5) * 0.06;
        c.longitude = district.lon + (r.uniform() - 0.5) * 0.06;
    }

    // The mix of a southern branch: mostly homes, then shops, workshops and public bodies.
    const double roll = r.uniform();
    CustomerCategory category = CustomerCategory::Residential;
    if (roll >= 0.885 && roll < 0.95)
        category = CustomerCategory::Business;
    else if (roll >= 0.95 && roll < 0.98)
        category = CustomerCategory::Production;
    else if (roll >= 0.98 && roll < 0.99)
        category = CustomerCategory::AdminHealthEducation;
    else if (roll >= 0.99)
        category = CustomerCategory::AdminPublic;
    m_lastCategory = category;

    const QString ward = u(district.wards[static_cast<std::size_t>(m_ward)]);
    double monthlyBase = 0; // kWh in an average month
    double seasonAmplitude = 1.0;
    switch (category) {
    case CustomerCategory::Residential: {
        c.name = personName();
        const double h = r.uniform();
        if (h < 0.86)
            c.households = 1;
        else if (h < 0.93)
            c.households = 2;
        else if (h < 0.96)
            c.households = r.between(3, 6);
        else
            c.households = 1 + r.between(1, 15) * 0.25; // renters counted by persons: quarter quotas
        monthlyBase = r.logNormal(165.0, 0.55) * std::pow(c.households, 0.85);
        // Planted case: a count far above what the consumption supports ("too many households").
        if (r.chance(0.015)) {
            c.households = r.between(3, 6);
            monthlyBase = r.logNormal(150.0, 0.4);
        }
        if (r.chance(0.05)) {
            // Home with a shop in front: residential share and business for the remainder.
            c.priceString = QStringLiteral("SHBT:%1%;KDDV:CL").arg(r.between(6, 9) * 10);
            monthlyBase *= 1.4;
        } else {
            c.priceString = QStringLiteral("SHBT:100%");
        }
        break;
    }
    case CustomerCategory::Business:
        c.name = u(pick(r, kShops)) + QLatin1Char(' ') + (r.chance(0.5) ? personName() : u(pick(r, kCompanyWords)));
        monthlyBase = r.logNormal(650.0, 1.05);
        seasonAmplitude = 0.5;
        c.priceString =
            r.chance(0.25) ? QStringLiteral("KDDV:%1%;SHBT:CL").arg(r.between(5, 9) * 10) : QStringLiteral("KDDV:100%");
        break;
    case CustomerCategory::Production:
        c.name = u(pick(r, kFactories)) + QLatin1Char(' ') + u(pick(r, kCompanyWords));
        monthlyBase = r.logNormal(3800.0, 1.2);
        seasonAmplitude = 0.3;
        c.priceString =
            r.chance(0.2) ? QStringLiteral("SXBT:%1%;KDDV:CL").arg(r.between(7, 9) * 10) : QStringLiteral("SXBT:100%");
        break;
    case CustomerCategory::AdminHealthEducation:
        c.name = u(pick(r, kHealthEdu)) + QLatin1Char(' ') + ward.section(QLatin1Char(' '), 1);
        monthlyBase = r.logNormal(1400.0, 0.8);
        c.priceString = r.chance(0.12) ? QStringLiteral("HCBV:90%;KDDV:CL") : QStringLiteral("HCBV:100%");
        break;
    case CustomerCategory::AdminPublic:
        c.name = u(pick(r, kPublic)) + QLatin1Char(' ') + ward;
        monthlyBase = r.logNormal(1100.0, 0.9);
        c.priceString = r.chance(0.1) ? QStringLiteral("HCCS:85%;KDDV:CL") : QStringLiteral("HCCS:100%");
        break;
    }

    // Mixed meters carry the date their ratio was last agreed; a fifth were never re-checked in 3+ years.
    if (c.priceString.contains(QLatin1Char(';'))) {
        const QDate last = QDate(m_options.lastMonth / 100, m_options.lastMonth % 100, 1);
        c.lastRatioCheck =
            r.chance(0.2) ? last.addDays(-r.between(3 * 365, 8 * 365)) : last.addDays(-r.between(30, 900));
    }

    const bool nonResidential = category != CustomerCategory::Residential;
    if (category == CustomerCategory::Production) {
        const double v = r.uniform();
        c.voltage = v < 0.70   ? QStringLiteral("<6kV")
                    : v < 0.95 ? QStringLiteral("6-22kV")
                    : v < 0.99 ? QStringLiteral("22-110kV")
                               : QStringLiteral(">=110kV");
    } else if (nonResidential && monthlyBase > 5000 && r.chance(0.5)) {
        c.voltage = QStringLiteral("6-22kV");
    }
    if (nonResidential && (monthlyBase > 3000 || r.chance(0.15)))
        c.transformerKva = kTransformerKva[static_cast<std::size_t>(
            qBound(0, static_cast<int>(std::log2(qMax(1.0, monthlyBase / 1500.0)) * 2.2) + r.between(0, 1),
                   static_cast<int>(kTransformerKva.size()) - 1))];
    if (c.voltage != QLatin1StringView("<6kV") && c.transformerKva == 0)
        c.transformerKva = 250;

    // Three-rate meters where the rules require them, except for the planted cases the campaign hunts:
    // business and production customers still on single-rate meters above 2,000 kWh a month or 25 kVA.
    const bool touRequired = (category == CustomerCategory::Business || category == CustomerCategory::Production) &&
                             (monthlyBase >= 2000 || c.transformerKva >= 25);
    if (touRequired)
        c.meterKind = r.chance(0.12) ? MeterKind::SingleRate : MeterKind::ThreeRate;
    else if (category == CustomerCategory::Business || category == CustomerCategory::Production)
        c.meterKind = r.chance(0.1) ? MeterKind::ThreeRate : MeterKind::SingleRate;
    if (c.transformerKva >= 400 || (nonResidential && monthlyBase > 60000))
        c.multiplier = pick(r, std::array{20, 40, 60, 80, 100, 200});

    // Twelve months with seasonality and noise, and now and then an abnormal month.
    const int abnormalMonth = r.chance(0.015) ? r.between(0, 11) : -1;
    const int abnormalKind = r.between(0, 2); // 0 zero, 1 jump, 2 drop
    const double peakShare = category == CustomerCategory::Production ? 0.17 : 0.22;
    const double offPeakShare = category == CustomerCategory::Production ? 0.28 : 0.20;
    c.history.reserve(12);
    for (int i = 0; i < 12; ++i) {
        MonthlyConsumption m;
        m.month = addMonths(m_options.lastMonth, i - 11);
        const double season = 1.0 + (kSeason[static_cast<std::size_t>(m.month % 100 - 1)] - 1.0) * seasonAmplitude;
        double kwh = monthlyBase * season * (1.0 + 0.08 * r.gaussian());
        if (i == abnormalMonth) {
            kwh = abnormalKind == 0 ? 0.0 : abnormalKind == 1 ? kwh * (2.5 + r.uniform() * 1.5) : kwh * 0.2;
        }
        m.kwh = qMax(0, static_cast<int>(std::lround(kwh)));
        if (c.meterKind == MeterKind::ThreeRate) {
            const int peak = static_cast<int>(std::lround(m.kwh * peakShare * (1.0 + 0.05 * r.gaussian())));
            const int offPeak = static_cast<int>(std::lround(m.kwh * offPeakShare * (1.0 + 0.05 * r.gaussian())));
            m.peak = qBound(0, peak, m.kwh);
            m.offPeak = qBound(0, offPeak, m.kwh - *m.peak);
            m.normal = m.kwh - *m.peak - *m.offPeak;
        }
        c.history.push_back(m);
    }
    return c;
}

} // namespace ta
