#include "DemoNames.h"

namespace DemoNames {

namespace {

// Weights are per mille of the population, rounded (Nguyễn is about four in ten in the north).
constexpr Weighted kSurnames[] = {
    {u"Nguyễn", 380}, {u"Trần", 110}, {u"Lê", 90},   {u"Phạm", 70}, {u"Hoàng", 45}, {u"Vũ", 40},
    {u"Đặng", 22},    {u"Bùi", 22},   {u"Đỗ", 20},   {u"Ngô", 15},  {u"Dương", 12}, {u"Đinh", 12},
    {u"Trịnh", 10},   {u"Lương", 8},  {u"Đoàn", 10}, {u"Phan", 10}, {u"Mai", 8},    {u"Tạ", 6},
    {u"Đào", 8},      {u"Cao", 6},    {u"Lưu", 5},   {u"Hà", 6},    {u"Chu", 5},    {u"Tống", 4},
    {u"Trương", 6},   {u"Vương", 3},  {u"Lại", 3},   {u"Kiều", 2},  {u"Khúc", 2},   {u"Quách", 2},
    {u"Nghiêm", 2},   {u"Lã", 2},     {u"Thái", 2},  {u"Phùng", 3}, {u"Triệu", 2},  {u"Văn", 2},
};

constexpr Weighted kMaleMiddleNames[] = {
    {u"Văn", 520},  {u"Đức", 80},  {u"Minh", 60},  {u"Quang", 50}, {u"Hữu", 50}, {u"Công", 40},
    {u"Xuân", 30},  {u"Ngọc", 25}, {u"Thanh", 25}, {u"Tiến", 20},  {u"Duy", 20}, {u"Đình", 30},
    {u"Trọng", 20}, {u"Mạnh", 15}, {u"Thế", 15},   {u"Hoàng", 10}, {u"Bá", 10},  {u"Viết", 10},
};

constexpr Weighted kFemaleMiddleNames[] = {
    {u"Thị", 700},   {u"Thu", 50}, {u"Ngọc", 40}, {u"Thanh", 35}, {u"Minh", 20}, {u"Hồng", 30},
    {u"Phương", 15}, {u"Kim", 20}, {u"Bích", 15}, {u"Thúy", 15},  {u"Diệu", 8},  {u"Hải", 10},
    {u"Mai", 10},    {u"Lan", 8},  {u"Quỳnh", 8}, {u"Vân", 8},
};

constexpr const char16_t* kMaleGivenNames[] = {
    u"Hùng",  u"Dũng", u"Tuấn",  u"Minh",  u"Hải",    u"Nam",    u"Thắng", u"Cường", u"Long",  u"Sơn",
    u"Bình",  u"Hòa",  u"Hưng",  u"Tùng",  u"Quang",  u"Toàn",   u"Thành", u"Trung", u"Phong", u"Đức",
    u"Khánh", u"Huy",  u"Quân",  u"Hiếu",  u"Tiến",   u"Thịnh",  u"Lâm",   u"Vinh",  u"Định",  u"Tâm",
    u"Đông",  u"Lợi",  u"Hậu",   u"Chiến", u"Hoàng",  u"Nghĩa",  u"Tú",    u"Kiên",  u"Việt",  u"Thọ",
    u"Phúc",  u"Tài",  u"Thuận", u"Bảo",   u"Đạt",    u"Hiệp",   u"An",    u"Khoa",  u"Lực",   u"Mạnh",
    u"Quý",   u"Sáng", u"Tân",   u"Thủy",  u"Trường", u"Tuyên",  u"Vượng", u"Xuân",  u"Chính", u"Doanh",
    u"Giang", u"Hạnh", u"Khải",  u"Luận",  u"Nhân",   u"Phương", u"Quyết", u"Sinh",  u"Thao",  u"Vũ",
};

constexpr const char16_t* kFemaleGivenNames[] = {
    u"Lan",  u"Hương",  u"Hoa",    u"Huệ", u"Hằng",  u"Hạnh",  u"Thủy",  u"Nga",   u"Mai",   u"Hà",
    u"Linh", u"Trang",  u"Thảo",   u"Yến", u"Oanh",  u"Loan",  u"Liên",  u"Nhung", u"Dung",  u"Tuyết",
    u"Ngọc", u"Phương", u"Hiền",   u"Thu", u"Vân",   u"Hồng",  u"Quyên", u"Lý",    u"Nhàn",  u"Xuân",
    u"Hòa",  u"Thơm",   u"Tươi",   u"Sen", u"Cúc",   u"Đào",   u"Mận",   u"Hường", u"Duyên", u"Lụa",
    u"Nụ",   u"Vui",    u"Chi",    u"Anh", u"Giang", u"Huyền", u"Ngân",  u"Thanh", u"Tâm",   u"Bình",
    u"Lành", u"Nguyệt", u"Phượng", u"Quế", u"Thắm",  u"Thoa",  u"Thúy",  u"Trâm",  u"Uyên",  u"Vinh",
};

constexpr const char16_t* kVillageNames[] = {
    u"Ngọc Động",   u"Yên Lệnh",     u"Điệp Sơn",   u"Lảnh Trì",   u"Nha Xá",       u"Hoàn Dương",
    u"Văn Phú",     u"Đọi Tam",      u"An Mông",    u"Đinh Xá",    u"Tường Thụy",   u"Từ Đài",
    u"Thượng Vỹ",   u"Phú Thứ",      u"Lam Cầu",    u"Giáp Nhất",  u"Trung Châu",   u"Đồng Lạc",
    u"Quan Phố",    u"Hòa Trung",    u"Thận Hạ",    u"Tả Hà",      u"Đôn Lương",    u"Trác Bút",
    u"Kênh Tiên",   u"Duyên Giang",  u"Tiên Hải",   u"Hoàng Lý",   u"Chuyên Thiện", u"Bạch Xá",
    u"Câu Tử",      u"Bút Sơn",      u"Lạt Sơn",    u"Ninh Lão",   u"Mỹ Xá",        u"Yên Từ",
    u"Cổ Động",     u"Hoàng Thượng", u"Hoàng Hạ",   u"Ngô Khê",    u"Phúc Thượng",  u"Nguyễn Xá",
    u"Lỗ Hà",       u"Tân Lang",     u"Dưỡng Thọ",  u"Phú Viên",   u"Mộc Hoàn",     u"Văn Xá",
    u"Kim Lũ",      u"Quang Thừa",   u"Thượng Thọ", u"Đông Ngoại", u"Tiên Xá",      u"Ngọc Thị",
    u"Chằm Thượng", u"Đông Hòa",     u"Giang",      u"Quân",       u"Yên Bảo",      u"Phù Tải",
    u"An Bài",      u"Châu Cầu",     u"Nham Tràng", u"Ứng Liêm",   u"Đồng Văn",     u"Hòa Mạc",
    u"Bạch Thượng", u"Yên Mỹ",       u"Trì Xá",     u"Thọ Cầu",    u"Lũ Phong",     u"Đông Thọ",
};

constexpr const char16_t* kSchoolNames[] = {
    u"Hoa Sen",      u"Hoa Mai",  u"Sao Mai",     u"Họa Mi",          u"Hoa Hồng",       u"Ánh Dương",
    u"Tuổi Thơ",     u"Sơn Ca",   u"Hướng Dương", u"Thỏ Ngọc",        u"Ban Mai",        u"Búp Sen Hồng",
    u"Ngôi Sao Nhỏ", u"Bông Mai", u"Hoa Phượng",  u"Mặt Trời Bé Con", u"Vành Khuyên",    u"Hoa Cúc",
    u"Bé Ngoan",     u"Trí Tuệ",  u"Tân Việt",    u"Hồng Đức",        u"Thiên Thần Nhỏ", u"Cầu Vồng",
    u"Sóc Nâu",      u"Hải Âu",
};

constexpr Weighted kSchoolKinds[] = {
    {u"Trường Mầm non tư thục", 70},
    {u"Nhóm trẻ độc lập tư thục", 20},
    {u"Trường Tiểu học tư thục", 10},
};

constexpr const char16_t* kFirmPatterns[] = {
    u"Công ty TNHH May %1",
    u"Hợp tác xã Nông nghiệp %1",
    u"Hợp tác xã Mây tre đan %1",
    u"Công ty TNHH Cơ khí %1",
    u"Công ty CP Chế biến nông sản %1",
    u"Hợp tác xã Dịch vụ nông nghiệp %1",
    u"Công ty TNHH Sản xuất đồ gỗ %1",
    u"Hợp tác xã Chăn nuôi %1",
    u"Công ty TNHH Vật liệu xây dựng %1",
    u"Công ty TNHH Thêu ren %1",
};

constexpr const char16_t* kFarmingPurposes[] = {
    u"Chăn nuôi lợn",
    u"Chăn nuôi gà, vịt",
    u"Nuôi bò sinh sản",
    u"Trồng lúa, rau màu",
    u"Nuôi cá",
    u"Làm nghề mây tre đan",
    u"Mua máy khâu, nhận may gia công",
    u"Buôn bán nhỏ",
    u"Trồng cây ăn quả",
};
constexpr const char16_t* kNewlyEscapedPurposes[] = {
    u"Mở rộng chăn nuôi",      u"Chăn nuôi lợn",        u"Nuôi bò thịt", u"Trồng rau an toàn",
    u"Kinh doanh dịch vụ nhỏ", u"Làm nghề mây tre đan", u"Nuôi cá",      u"Mua máy cày, máy tuốt lúa",
};
constexpr const char16_t* kStudentPurposes[] = {
    u"Học phí, sinh hoạt phí đại học",
    u"Học phí, sinh hoạt phí cao đẳng",
    u"Học phí, sinh hoạt phí trung cấp nghề",
};
constexpr const char16_t* kJobPurposes[] = {
    u"Duy trì, mở rộng việc làm",   u"Mở xưởng may gia công", u"Mua máy móc sản xuất",
    u"Mở cửa hàng sửa chữa xe máy", u"Chăn nuôi gia trại",
};
constexpr const char16_t* kAbroadPurposes[] = {
    u"Chi phí đi làm việc tại Nhật Bản",
    u"Chi phí đi làm việc tại Hàn Quốc",
    u"Chi phí đi làm việc tại Đài Loan (Trung Quốc)",
};
constexpr const char16_t* kWaterPurposes[] = {
    u"Xây dựng công trình nước sạch",
    u"Xây dựng nhà tiêu hợp vệ sinh",
    u"Lắp đặt bể lọc, bồn chứa nước sạch",
};
constexpr const char16_t* kSocialHousingPurposes[] = {
    u"Mua nhà ở xã hội",
    u"Xây mới nhà ở",
    u"Cải tạo, sửa chữa nhà ở",
};
constexpr const char16_t* kPoorHousingPurposes[] = {
    u"Làm mới nhà ở",
    u"Sửa chữa nhà ở",
};
constexpr const char16_t* kBusinessPurposes[] = {
    u"Kinh doanh tạp hóa",   u"Mở cơ sở sản xuất đồ gỗ",      u"Kinh doanh dịch vụ ăn uống",
    u"Chăn nuôi trang trại", u"Kinh doanh vật liệu xây dựng",
};
constexpr const char16_t* kComputerPurposes[] = {
    u"Mua máy tính phục vụ học trực tuyến",
};
constexpr const char16_t* kSchoolPurposes[] = {
    u"Khôi phục hoạt động sau đại dịch COVID-19",
    u"Cải tạo cơ sở vật chất, mua sắm thiết bị",
};

} // namespace

std::span<const Weighted> surnames()
{
    return kSurnames;
}

std::span<const Weighted> maleMiddleNames()
{
    return kMaleMiddleNames;
}

std::span<const Weighted> femaleMiddleNames()
{
    return kFemaleMiddleNames;
}

std::span<const char16_t* const> maleGivenNames()
{
    return kMaleGivenNames;
}

std::span<const char16_t* const> femaleGivenNames()
{
    return kFemaleGivenNames;
}

std::span<const char16_t* const> villageNames()
{
    return kVillageNames;
}

std::span<const char16_t* const> schoolNames()
{
    return kSchoolNames;
}

std::span<const Weighted> schoolKinds()
{
    return kSchoolKinds;
}

std::span<const char16_t* const> firmPatterns()
{
    return kFirmPatterns;
}

std::span<const char16_t* const> loanPurposes(QStringView programCode)
{
    if (programCode == u"HN" || programCode == u"HCN")
        return kFarmingPurposes;
    if (programCode == u"HMTN")
        return kNewlyEscapedPurposes;
    if (programCode == u"HSSV")
        return kStudentPurposes;
    if (programCode == u"GQVL")
        return kJobPurposes;
    if (programCode == u"XKLD")
        return kAbroadPurposes;
    if (programCode == u"NSVS")
        return kWaterPurposes;
    if (programCode == u"NOXH")
        return kSocialHousingPurposes;
    if (programCode == u"NOHN")
        return kPoorHousingPurposes;
    if (programCode == u"SXKD")
        return kBusinessPurposes;
    if (programCode == u"MTHT")
        return kComputerPurposes;
    if (programCode == u"CSGD")
        return kSchoolPurposes;
    return {};
}

QStringView firmLoanPurpose()
{
    return u"Mở rộng sản xuất, tạo việc làm cho người lao động";
}

} // namespace DemoNames
