<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgeingChart</name>
    <message>
        <source>Age of overdue debt by program</source>
        <translation>Tuổi nợ quá hạn theo chương trình</translation>
    </message>
    <message>
        <source>No overdue debt at %1</source>
        <translation>Không có nợ quá hạn tại ngày %1</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 ngày</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 ngày</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 ngày</translation>
    </message>
    <message>
        <source>181–360 days</source>
        <translation>181–360 ngày</translation>
    </message>
    <message>
        <source>over 360 days</source>
        <translation>trên 360 ngày</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–90</source>
        <translation>31–90</translation>
    </message>
    <message>
        <source>91–180</source>
        <translation>91–180</translation>
    </message>
    <message>
        <source>181–360</source>
        <translation>181–360</translation>
    </message>
    <message>
        <source>&gt; 360</source>
        <translation>&gt; 360</translation>
    </message>
    <message>
        <source>days past due</source>
        <translation>ngày quá hạn</translation>
    </message>
</context>
<context>
    <name>BorrowerLedgerView</name>
    <message>
        <source>Loans — select one to see its installments and repayments</source>
        <translation>Món vay — chọn một món vay để xem các kỳ trả nợ và các lần trả nợ</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Kỳ trả nợ</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Trả nợ</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Tiền gửi tiết kiệm</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>state of an installment</comment>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of an installment</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Frozen</source>
        <comment>state of an installment</comment>
        <translation>Khoanh nợ</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <comment>state of an installment</comment>
        <translation>Chưa trả</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Món vay</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền vay</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Ngày giải ngân</translation>
    </message>
    <message>
        <source>Matures on</source>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Dư nợ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nợ quá hạn</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Nợ khoanh</translation>
    </message>
    <message>
        <source>Installments
overdue</source>
        <translation>Kỳ
quá hạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Deposit (+) or withdrawal (−)</source>
        <translation>Gửi (+) hoặc rút (−)</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Số dư sau giao dịch</translation>
    </message>
    <message>
        <source>Borrower ledger</source>
        <translation>Sổ chi tiết khách hàng</translation>
    </message>
    <message>
        <source>Loading the ledger…</source>
        <translation>Đang tải sổ chi tiết…</translation>
    </message>
    <message>
        <source>Choose a borrower on the Borrowers page.</source>
        <translation>Chọn một hộ vay ở trang Hộ vay.</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Không đọc được sổ chi tiết: %1</translation>
    </message>
    <message>
        <source>Customer code %1</source>
        <translation>Mã khách hàng %1</translation>
    </message>
    <message>
        <source>Tax code %1</source>
        <translation>Mã số thuế %1</translation>
    </message>
    <message>
        <source>ID number %1</source>
        <translation>Số CCCD/CMND %1</translation>
    </message>
    <message>
        <source>Group %1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At the end of %1: outstanding &lt;b&gt;%2&lt;/b&gt;, overdue &lt;b&gt;%3&lt;/b&gt;, frozen &lt;b&gt;%4&lt;/b&gt;, savings &lt;b&gt;%5&lt;/b&gt; (%6)</source>
        <translation>Đến ngày %1: dư nợ &lt;b&gt;%2&lt;/b&gt;, nợ quá hạn &lt;b&gt;%3&lt;/b&gt;, nợ khoanh &lt;b&gt;%4&lt;/b&gt;, tiền gửi &lt;b&gt;%5&lt;/b&gt; (%6)</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>state of a loan</comment>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Frozen</source>
        <comment>state of a loan</comment>
        <translation>Khoanh nợ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of a loan</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Repaid</source>
        <comment>state of a loan</comment>
        <translation>Đã tất toán</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Tiền gửi (%1)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>Gốc phải trả</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Chưa trả</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ngày trả</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Gốc</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Lãi</translation>
    </message>
    <message>
        <source>Outstanding after</source>
        <translation>Dư nợ sau khi trả</translation>
    </message>
    <message>
        <source>Installments of %1 (%2)</source>
        <translation>Kỳ trả nợ của %1 (%2)</translation>
    </message>
    <message>
        <source>Repayments of %1 (%2)</source>
        <translation>Các lần trả nợ của %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BorrowerListModel</name>
    <message>
        <source>Direct lending</source>
        <translation>Cho vay trực tiếp</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Người vay</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>Loans with a balance</source>
        <translation>Món vay còn dư nợ</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Dư nợ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nợ quá hạn</translation>
    </message>
    <message>
        <source>Overdue ratio</source>
        <translation>Tỷ lệ nợ quá hạn</translation>
    </message>
    <message>
        <source>(%)</source>
        <translation>(%)</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Nợ khoanh</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Thu nợ gốc</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Thu lãi</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Tiền gửi tiết kiệm</translation>
    </message>
</context>
<context>
    <name>BorrowersView</name>
    <message>
        <source>Double-click a borrower to open the ledger: loans, installments, repayments and savings.</source>
        <translation>Nhấp đúp vào một hộ vay để mở sổ chi tiết: món vay, kỳ trả nợ, trả nợ và tiền gửi.</translation>
    </message>
    <message>
        <source>Borrowers at the end of %1</source>
        <translation>Hộ vay đến ngày %1</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Hộ vay</translation>
    </message>
    <message>
        <source>Loading the borrowers…</source>
        <translation>Đang tải danh sách hộ vay…</translation>
    </message>
    <message>
        <source>The borrowers could not be read: %1</source>
        <translation>Không đọc được danh sách hộ vay: %1</translation>
    </message>
    <message>
        <source>%1 of %2 borrowers shown</source>
        <translation>Đang hiện %1 / %2 hộ vay</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Remove this restriction and show every row</source>
        <translation>Bỏ điều kiện lọc này và hiện tất cả các dòng</translation>
    </message>
    <message>
        <source>Only with overdue debt</source>
        <translation>Chỉ những dòng có nợ quá hạn</translation>
    </message>
    <message>
        <source>Search by name or code…</source>
        <translation>Tìm theo tên hoặc mã…</translation>
    </message>
    <message>
        <source>Outstanding by program and organisation</source>
        <translation>Dư nợ theo chương trình và hội đoàn thể</translation>
    </message>
    <message>
        <source>Double-click a row or click a bar to open what is behind it.</source>
        <translation>Nhấp đúp vào một dòng hoặc nhấp vào một thanh để xem chi tiết.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Chương trình cho vay</translation>
    </message>
    <message>
        <source>Communes and wards</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Entrusted organisations</source>
        <translation>Hội đoàn thể nhận ủy thác</translation>
    </message>
    <message>
        <source>Savings-and-loan groups</source>
        <translation>Tổ tiết kiệm và vay vốn</translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation>%1 đến ngày %2</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toàn phòng giao dịch</translation>
    </message>
    <message>
        <source>No overdue debt at %1</source>
        <translation>Không có nợ quá hạn tại ngày %1</translation>
    </message>
    <message>
        <source>Outstanding by program</source>
        <translation>Dư nợ theo chương trình</translation>
    </message>
    <message>
        <source>No outstanding</source>
        <translation>Không có dư nợ</translation>
    </message>
    <message>
        <source>Overdue debt by commune (ratio)</source>
        <translation>Nợ quá hạn theo xã, phường (tỷ lệ)</translation>
    </message>
    <message>
        <source>Outstanding by commune</source>
        <translation>Dư nợ theo xã, phường</translation>
    </message>
    <message>
        <source>Groups with the most overdue debt, worst 10 of %1 (ratio)</source>
        <translation>Tổ TK&amp;VV có nợ quá hạn cao nhất: 10 tổ trong %1 (tỷ lệ)</translation>
    </message>
    <message>
        <source>Groups with overdue debt (ratio)</source>
        <translation>Tổ TK&amp;VV có nợ quá hạn (tỷ lệ)</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 không nhận giá trị</translation>
    </message>
    <message>
        <source>unknown option --%1 for %2 (see loandesk-cli --help)</source>
        <translation>tùy chọn --%1 không hợp lệ cho lệnh %2 (xem loandesk-cli --help)</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 cần một giá trị</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation>--%1 được nêu hai lần</translation>
    </message>
    <message>
        <source>unexpected argument %1 for %2 (see loandesk-cli --help)</source>
        <translation>tham số %1 không hợp lệ cho lệnh %2 (xem loandesk-cli --help)</translation>
    </message>
    <message>
        <source>no command given
</source>
        <translation>chưa nêu lệnh
</translation>
    </message>
    <message>
        <source>unknown command %1 (see loandesk-cli --help)</source>
        <translation>lệnh %1 không tồn tại (xem loandesk-cli --help)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>init needs --db FILE</source>
        <translation>lệnh init cần --db TỆP</translation>
    </message>
    <message>
        <source>--demo-seed takes a whole number and --demo-scale a percentage from 1 to 100000</source>
        <translation>--demo-seed nhận một số nguyên và --demo-scale một tỷ lệ phần trăm từ 1 đến 100000</translation>
    </message>
    <message>
        <source>created %1 with the Duy Tien demonstration portfolio in %2 s</source>
        <translation>đã tạo %1 với dữ liệu mẫu của Duy Tiên trong %2 giây</translation>
    </message>
    <message>
        <source>created %1 (schema version %2)</source>
        <translation>đã tạo %1 (phiên bản lược đồ %2)</translation>
    </message>
    <message>
        <source>import needs --db FILE and a folder</source>
        <translation>lệnh import cần --db TỆP và một thư mục</translation>
    </message>
    <message>
        <source>imported %1 communes, %2 groups, %3 borrowers, %4 loans, %5 installments, %6 repayments, %7 savings entries</source>
        <translation>đã nhập %1 xã, %2 tổ, %3 khách hàng, %4 món vay, %5 kỳ trả nợ, %6 lần trả nợ, %7 giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>export needs --db FILE and --out DIR</source>
        <translation>lệnh export cần --db TỆP và --out THƯ_MỤC</translation>
    </message>
    <message>
        <source>summary needs --db FILE and --month YYYY-MM</source>
        <translation>lệnh summary cần --db TỆP và --month YYYY-MM</translation>
    </message>
    <message>
        <source>%1 is not a month; write YYYY-MM, e.g. 2023-08</source>
        <translation>%1 không phải là tháng; hãy viết YYYY-MM, ví dụ 2023-08</translation>
    </message>
    <message>
        <source>--by takes program, commune, organization or group</source>
        <translation>--by nhận program, commune, organization hoặc group</translation>
    </message>
    <message>
        <source>--format takes csv, json, pdf or xlsx</source>
        <translation>--format nhận csv, json, pdf hoặc xlsx</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE</source>
        <translation>--format %1 cần --out TỆP</translation>
    </message>
    <message>
        <source>--%1 is for --format pdf and xlsx only</source>
        <translation>--%1 chỉ dùng với --format pdf và xlsx</translation>
    </message>
    <message>
        <source>--language takes vi, en or fr</source>
        <translation>--language nhận vi, en hoặc fr</translation>
    </message>
    <message>
        <source>--unit takes dong, thousand, million or billion</source>
        <translation>--unit nhận dong, thousand, million hoặc billion</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD, e.g. 2023-09-05</source>
        <translation>%1 không phải là ngày; hãy viết YYYY-MM-DD, ví dụ 2023-09-05</translation>
    </message>
    <message>
        <source>--format pdf is not available in this build</source>
        <translation>--format pdf không có trong bản dựng này</translation>
    </message>
    <message>
        <source>ageing needs --db FILE and --as-of YYYY-MM-DD</source>
        <translation>lệnh ageing cần --db TỆP và --as-of YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD, e.g. 2023-08-31</source>
        <translation>%1 không phải là ngày; hãy viết YYYY-MM-DD, ví dụ 2023-08-31</translation>
    </message>
    <message>
        <source>--format takes csv or json</source>
        <translation>--format nhận csv hoặc json</translation>
    </message>
    <message>
        <source>check needs --db FILE</source>
        <translation>lệnh check cần --db TỆP</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>đã kiểm tra %1</translation>
    </message>
    <message>
        <source>  violation: %1</source>
        <translation>  vi phạm: %1</translation>
    </message>
    <message>
        <source>no violations</source>
        <translation>không có vi phạm</translation>
    </message>
    <message>
        <source>backup needs --db FILE and --out FILE</source>
        <translation>lệnh backup cần --db TỆP và --out TỆP</translation>
    </message>
    <message>
        <source>wrote a consistent copy of %1 to %2</source>
        <translation>đã ghi bản sao nhất quán của %1 vào %2</translation>
    </message>
    <message>
        <source>nothing was imported; problems found: %1</source>
        <translation>không nhập dữ liệu nào; số lỗi phát hiện: %1</translation>
    </message>
    <message>
        <source>check found violations: %1</source>
        <translation>kiểm tra phát hiện số vi phạm: %1</translation>
    </message>
</context>
<context>
    <name>CrossTableModel</name>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>một trường trong dấu ngoặc kép chưa được đóng trước khi hết tệp</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation>có ký tự thừa sau dấu ngoặc kép đóng của trường %1</translation>
    </message>
    <message>
        <source>a quote inside field %1 that is not enclosed in quotes</source>
        <translation>có dấu ngoặc kép bên trong trường %1 không được đặt trong ngoặc kép</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>văn bản không phải UTF-8 hợp lệ</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>the file is empty; its first line must name the columns</source>
        <translation>tệp trống; dòng đầu tiên phải là tên các cột</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>cột %1 không có tên</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>cột không hợp lệ</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>cột xuất hiện nhiều lần</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>thiếu cột bắt buộc</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>có %1 trường trong khi dòng tiêu đề có %2</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Portfolio at the end of %1</source>
        <translation>Tình hình dư nợ đến ngày %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Danh mục cho vay</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toàn phòng giao dịch</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Dư nợ</translation>
    </message>
    <message>
        <source>Disbursed in the month</source>
        <translation>Doanh số cho vay trong tháng</translation>
    </message>
    <message>
        <source>Principal collected in the month</source>
        <translation>Doanh số thu nợ trong tháng</translation>
    </message>
    <message>
        <source>Interest collected in the month</source>
        <translation>Thu lãi trong tháng</translation>
    </message>
    <message>
        <source>Borrowers with a balance</source>
        <translation>Hộ vay còn dư nợ</translation>
    </message>
    <message>
        <source>Overdue debt</source>
        <translation>Nợ quá hạn</translation>
    </message>
    <message>
        <source>Frozen debt</source>
        <translation>Nợ khoanh</translation>
    </message>
    <message>
        <source>Overdue + frozen</source>
        <translation>Nợ quá hạn + nợ khoanh</translation>
    </message>
    <message>
        <source>Communes with overdue debt</source>
        <translation>Xã, phường có nợ quá hạn</translation>
    </message>
    <message>
        <source>Groups with overdue debt</source>
        <translation>Tổ TK&amp;VV có nợ quá hạn</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 so với %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>trong tháng %1</translation>
    </message>
    <message>
        <source>%1 loans with a balance</source>
        <translation>%1 món vay còn dư nợ</translation>
    </message>
    <message>
        <source>%1 of outstanding</source>
        <translation>%1 trên tổng dư nợ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>with any overdue debt</source>
        <translation>có nợ quá hạn</translation>
    </message>
    <message>
        <source>Outstanding by program</source>
        <translation>Dư nợ theo chương trình</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Overdue debt by program</source>
        <translation>Nợ quá hạn theo chương trình</translation>
    </message>
    <message>
        <source>Overdue debt by commune</source>
        <translation>Nợ quá hạn theo xã, phường</translation>
    </message>
    <message>
        <source>No overdue debt at %1</source>
        <translation>Không có nợ quá hạn tại ngày %1</translation>
    </message>
    <message>
        <source>%1 borrowers with a balance</source>
        <translation>%1 hộ vay còn dư nợ</translation>
    </message>
    <message>
        <source>No outstanding at %1</source>
        <translation>Không có dư nợ tại ngày %1</translation>
    </message>
    <message>
        <source>Overdue: %1 %2</source>
        <translation>Nợ quá hạn: %1 %2</translation>
    </message>
    <message>
        <source>Overdue ratio: %1</source>
        <translation>Tỷ lệ nợ quá hạn: %1</translation>
    </message>
    <message>
        <source>Overdue debt by program (ratio)</source>
        <translation>Nợ quá hạn theo chương trình (tỷ lệ)</translation>
    </message>
    <message>
        <source>Overdue debt by commune, worst %1 of %2 (ratio)</source>
        <translation>Nợ quá hạn theo xã, phường: %1 xã cao nhất trong %2 (tỷ lệ)</translation>
    </message>
    <message>
        <source>Overdue debt by commune (ratio)</source>
        <translation>Nợ quá hạn theo xã, phường (tỷ lệ)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>no loan %1 to update the figures of</source>
        <translation>không có món vay %1 để cập nhật số liệu</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 đã tồn tại; sao lưu không bao giờ ghi đè tệp</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>thư mục của %1 không tồn tại</translation>
    </message>
    <message>
        <source>preparing the backup</source>
        <translation>chuẩn bị sao lưu</translation>
    </message>
    <message>
        <source>writing the backup %1</source>
        <translation>ghi bản sao lưu %1</translation>
    </message>
    <message>
        <source>%1: the database %2 is locked by another program (waited %3 seconds)</source>
        <translation>%1: cơ sở dữ liệu %2 đang bị chương trình khác khóa (đã chờ %3 giây)</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3</source>
        <translation>%1 không thành công trong %2: %3</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt SQL is not installed (package libqt6sql6-sqlite)</source>
        <translation>chưa cài trình điều khiển SQLite của Qt SQL (gói libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>mở tệp</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file</source>
        <translation>%1 đã tồn tại; lệnh init không bao giờ ghi đè tệp</translation>
    </message>
    <message>
        <source>marking the file</source>
        <translation>đánh dấu tệp</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>không có cơ sở dữ liệu tại %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <source>%1 is not a LoanDesk database (%2)</source>
        <translation>%1 không phải là cơ sở dữ liệu LoanDesk (%2)</translation>
    </message>
    <message>
        <source>%1 is not a LoanDesk database</source>
        <translation>%1 không phải là cơ sở dữ liệu LoanDesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer LoanDesk (schema version %2; this program knows up to %3); it was left unchanged</source>
        <translation>%1 được ghi bởi phiên bản LoanDesk mới hơn (lược đồ phiên bản %2; chương trình này chỉ biết đến phiên bản %3); tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>creating the schema (%1)</source>
        <translation>tạo lược đồ (%1)</translation>
    </message>
    <message>
        <source>the reference data %1 is missing from the program</source>
        <translation>chương trình thiếu dữ liệu tham chiếu %1</translation>
    </message>
    <message>
        <source>the reference data %1 is damaged: %2</source>
        <translation>dữ liệu tham chiếu %1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>nạp %1</translation>
    </message>
    <message>
        <source>the reference data %1 is damaged at line %2</source>
        <translation>dữ liệu tham chiếu %1 bị hỏng ở dòng %2</translation>
    </message>
    <message>
        <source>loading %1 line %2</source>
        <translation>nạp %1 dòng %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>không đọc được phiên bản lược đồ của %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>ghi phiên bản lược đồ %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>không có giao dịch để xác nhận</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>xác nhận giao dịch</translation>
    </message>
    <message>
        <source>reading the borrowers</source>
        <translation>đọc danh sách khách hàng</translation>
    </message>
    <message>
        <source>listing borrowers</source>
        <translation>lập danh sách khách hàng</translation>
    </message>
    <message>
        <source>looking up borrowers</source>
        <translation>tra cứu khách hàng</translation>
    </message>
    <message>
        <source>looking up identity numbers</source>
        <translation>tra cứu số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>looking up the groups of borrowers</source>
        <translation>tra cứu tổ của khách hàng</translation>
    </message>
    <message>
        <source>saving a borrower</source>
        <translation>lưu khách hàng</translation>
    </message>
    <message>
        <source>reading the communes</source>
        <translation>đọc danh sách xã, phường</translation>
    </message>
    <message>
        <source>looking up communes</source>
        <translation>tra cứu xã, phường</translation>
    </message>
    <message>
        <source>saving a commune</source>
        <translation>lưu xã, phường</translation>
    </message>
    <message>
        <source>updating the month totals</source>
        <translation>cập nhật số tổng hợp tháng</translation>
    </message>
    <message>
        <source>reading the month totals</source>
        <translation>đọc số tổng hợp tháng</translation>
    </message>
    <message>
        <source>recomputing the month totals</source>
        <translation>tính lại số tổng hợp tháng</translation>
    </message>
    <message>
        <source>looking up a loan</source>
        <translation>tra cứu món vay</translation>
    </message>
    <message>
        <source>updating the figures of a loan</source>
        <translation>cập nhật số liệu của món vay</translation>
    </message>
    <message>
        <source>looking up a group</source>
        <translation>tra cứu tổ</translation>
    </message>
    <message>
        <source>no group %1 to update the savings of</source>
        <translation>không có tổ %1 để cập nhật tiền gửi</translation>
    </message>
    <message>
        <source>updating the savings of a group</source>
        <translation>cập nhật tiền gửi của tổ</translation>
    </message>
    <message>
        <source>recording the months with activity</source>
        <translation>ghi các tháng có phát sinh</translation>
    </message>
    <message>
        <source>reading the figures of a loan</source>
        <translation>đọc số liệu của món vay</translation>
    </message>
    <message>
        <source>reading the savings of a group</source>
        <translation>đọc tiền gửi của tổ</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>đọc danh sách tổ</translation>
    </message>
    <message>
        <source>looking up groups</source>
        <translation>tra cứu tổ</translation>
    </message>
    <message>
        <source>saving a group</source>
        <translation>lưu tổ</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>kiểm tra tệp</translation>
    </message>
    <message>
        <source>checking the references</source>
        <translation>kiểm tra tham chiếu</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>dòng %1 của %2 tham chiếu đến một dòng không tồn tại của %3</translation>
    </message>
    <message>
        <source>reading the file type</source>
        <translation>đọc loại tệp</translation>
    </message>
    <message>
        <source>looking up loans</source>
        <translation>tra cứu món vay</translation>
    </message>
    <message>
        <source>reading schedules</source>
        <translation>đọc lịch trả nợ</translation>
    </message>
    <message>
        <source>listing the loans</source>
        <translation>lập danh sách món vay</translation>
    </message>
    <message>
        <source>listing the loans of borrowers</source>
        <translation>lập danh sách món vay của khách hàng</translation>
    </message>
    <message>
        <source>reading the loans</source>
        <translation>đọc danh sách món vay</translation>
    </message>
    <message>
        <source>reading the schedules</source>
        <translation>đọc các lịch trả nợ</translation>
    </message>
    <message>
        <source>reading loans</source>
        <translation>đọc món vay</translation>
    </message>
    <message>
        <source>reading repayments</source>
        <translation>đọc các lần trả nợ</translation>
    </message>
    <message>
        <source>saving a loan</source>
        <translation>lưu món vay</translation>
    </message>
    <message>
        <source>saving a schedule</source>
        <translation>lưu lịch trả nợ</translation>
    </message>
    <message>
        <source>reading the organisations</source>
        <translation>đọc danh sách hội đoàn thể</translation>
    </message>
    <message>
        <source>reading the programs</source>
        <translation>đọc danh sách chương trình</translation>
    </message>
    <message>
        <source>reading the program terms</source>
        <translation>đọc điều kiện của chương trình</translation>
    </message>
    <message>
        <source>reading the repayments</source>
        <translation>đọc các lần trả nợ</translation>
    </message>
    <message>
        <source>saving a repayment</source>
        <translation>lưu lần trả nợ</translation>
    </message>
    <message>
        <source>listing the communes</source>
        <translation>lập danh sách xã, phường</translation>
    </message>
    <message>
        <source>listing the groups</source>
        <translation>lập danh sách tổ</translation>
    </message>
    <message>
        <source>reading the figures of %1</source>
        <translation>đọc số liệu tháng %1</translation>
    </message>
    <message>
        <source>reading savings balances of %1</source>
        <translation>đọc số dư tiền gửi tháng %1</translation>
    </message>
    <message>
        <source>listing the loans of %1</source>
        <translation>lập danh sách món vay tháng %1</translation>
    </message>
    <message>
        <source>reading the month totals from %1 to %2</source>
        <translation>đọc số tổng hợp từ tháng %1 đến tháng %2</translation>
    </message>
    <message>
        <source>reading the program catalogue</source>
        <translation>đọc danh mục chương trình</translation>
    </message>
    <message>
        <source>finding the latest month with data</source>
        <translation>tìm tháng gần nhất có số liệu</translation>
    </message>
    <message>
        <source>listing the months with data</source>
        <translation>lập danh sách các tháng có số liệu</translation>
    </message>
    <message>
        <source>reading savings</source>
        <translation>đọc tiền gửi</translation>
    </message>
    <message>
        <source>reading the savings of groups</source>
        <translation>đọc tiền gửi của các tổ</translation>
    </message>
    <message>
        <source>reading savings balances</source>
        <translation>đọc số dư tiền gửi</translation>
    </message>
    <message>
        <source>reading the savings</source>
        <translation>đọc tiền gửi</translation>
    </message>
    <message>
        <source>saving a savings entry</source>
        <translation>lưu giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>the borrower ids of %1 are not dense</source>
        <translation>mã nội bộ của khách hàng trong %1 không liên tục</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1 không phải là ngày có thật (hãy viết YYYY-MM-DD hoặc DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>%1 is negative; it must be 0 or more</source>
        <translation>%1 là số âm; phải từ 0 trở lên</translation>
    </message>
    <message>
        <source>%1 is not an amount: write whole đồng with digits only, e.g. 25000000</source>
        <translation>%1 không phải là số tiền: hãy viết số đồng nguyên chỉ gồm chữ số, ví dụ 25000000</translation>
    </message>
    <message>
        <source>%1 is not a monthly rate: write a decimal such as 0.55 (at most 4 decimals)</source>
        <translation>%1 không phải là lãi suất tháng: hãy viết số thập phân như 0.55 (tối đa 4 chữ số thập phân)</translation>
    </message>
    <message>
        <source>%1 is not a kind of borrower: write household or organization</source>
        <translation>%1 không phải là loại khách hàng: hãy viết household hoặc organization</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 không phải là thư mục</translation>
    </message>
    <message>
        <source>is not a LoanDesk data file; the files are %1</source>
        <translation>không phải là tệp dữ liệu LoanDesk; các tệp hợp lệ là %1</translation>
    </message>
    <message>
        <source>%1 is already in the database</source>
        <translation>%1 đã có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 appears again (first on line %2)</source>
        <translation>%1 xuất hiện lại (lần đầu ở dòng %2)</translation>
    </message>
    <message>
        <source>%1 already has an installment due on %2 in the database</source>
        <translation>%1 đã có kỳ trả nợ đến hạn ngày %2 trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 has another installment due on %2 (line %3)</source>
        <translation>%1 có một kỳ trả nợ khác đến hạn ngày %2 (dòng %3)</translation>
    </message>
</context>
<context>
    <name>ListPageView</name>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Remove this restriction and show every row</source>
        <translation>Bỏ điều kiện lọc này và hiện tất cả các dòng</translation>
    </message>
    <message>
        <source>Only with overdue debt</source>
        <translation>Chỉ những dòng có nợ quá hạn</translation>
    </message>
    <message>
        <source>Search by name, code or number…</source>
        <translation>Tìm theo tên, mã hoặc số…</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toàn phòng giao dịch</translation>
    </message>
</context>
<context>
    <name>LoanListModel</name>
    <message>
        <source>Frozen</source>
        <comment>state of a loan</comment>
        <translation>Khoanh nợ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of a loan</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Repaid</source>
        <comment>state of a loan</comment>
        <translation>Đã tất toán</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>state of a loan</comment>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Direct lending</source>
        <translation>Cho vay trực tiếp</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Món vay</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Người vay</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Ngày giải ngân</translation>
    </message>
    <message>
        <source>Matures on</source>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền vay</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Dư nợ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nợ quá hạn</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Nợ khoanh</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Thu nợ gốc trong tháng</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Thu lãi trong tháng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <source>Double-click a loan to open its borrower&apos;s ledger.</source>
        <translation>Nhấp đúp vào một món vay để mở sổ chi tiết của người vay.</translation>
    </message>
    <message>
        <source>Loans at the end of %1</source>
        <translation>Món vay đến ngày %1</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Món vay</translation>
    </message>
    <message>
        <source>Loading the loans…</source>
        <translation>Đang tải danh sách món vay…</translation>
    </message>
    <message>
        <source>The loans could not be read: %1</source>
        <translation>Không đọc được danh sách món vay: %1</translation>
    </message>
    <message>
        <source>%1 of %2 loans shown (with a balance at the month end or a movement in the month)</source>
        <translation>Đang hiện %1 / %2 món vay (còn dư nợ cuối tháng hoặc có phát sinh trong tháng)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LoanDesk</source>
        <translation>LoanDesk</translation>
    </message>
    <message>
        <source>Pages of LoanDesk</source>
        <translation>Các trang của LoanDesk</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Quay lại (Alt+←)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Tiếp theo (Alt+→)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>The month whose figures are shown (at its last day)</source>
        <translation>Tháng báo cáo (số liệu đến ngày cuối tháng)</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã, phường:</translation>
    </message>
    <message>
        <source>Show only the loans of borrowers in this commune, on every page</source>
        <translation>Chỉ hiện các món vay của hộ vay ở xã, phường này, trên mọi trang</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Hội đoàn thể:</translation>
    </message>
    <message>
        <source>Show only the loans of groups managed by this organisation (or direct lending), on every page</source>
        <translation>Chỉ hiện các món vay của các tổ do hội đoàn thể này quản lý (hoặc cho vay trực tiếp), trên mọi trang</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>The unit of every amount in tiles, tables and charts</source>
        <translation>Đơn vị của mọi số tiền trong ô chỉ tiêu, bảng và biểu đồ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Reload the figures</source>
        <translation>&amp;Tải lại số liệu</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About LoanDesk</source>
        <translation>&amp;Giới thiệu LoanDesk</translation>
    </message>
    <message>
        <source>About LoanDesk</source>
        <translation>Giới thiệu LoanDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;LoanDesk %1&lt;/b&gt;&lt;p&gt;The loan-portfolio dashboard of a district transaction office of the Vietnam Bank for Social Policies.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LoanDesk %1&lt;/b&gt;&lt;p&gt;Chương trình theo dõi dư nợ của phòng giao dịch Ngân hàng Chính sách xã hội cấp huyện.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Tất cả xã, phường</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Tất cả hội đoàn thể</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>đồng</translation>
    </message>
    <message>
        <source>thousand đồng</source>
        <translation>nghìn đồng</translation>
    </message>
    <message>
        <source>million đồng</source>
        <translation>triệu đồng</translation>
    </message>
    <message>
        <source>billion đồng</source>
        <translation>tỷ đồng</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Hội đoàn thể</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Hộ vay</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Khế ước vay</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>LoanDesk — %1</source>
        <translation>LoanDesk — %1</translation>
    </message>
    <message>
        <source>The database holds no loans yet: import a portfolio with loandesk-cli import.</source>
        <translation>Cơ sở dữ liệu chưa có món vay nào: hãy nhập dữ liệu bằng loandesk-cli import.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Không đọc được số liệu: %1</translation>
    </message>
    <message>
        <source>The window&apos;s filter excludes this restriction</source>
        <translation>Bộ lọc của cửa sổ loại trừ điều kiện này</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Chương trình: %1</translation>
    </message>
    <message>
        <source>Commune: %1</source>
        <translation>Xã, phường: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Hội đoàn thể: %1</translation>
    </message>
    <message>
        <source>Borrowers in no group (direct lending)</source>
        <translation>Khách hàng không thuộc tổ (cho vay trực tiếp)</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Tổ: %1</translation>
    </message>
    <message>
        <source>Database: %1   ·   figures at the end of %2</source>
        <translation>Cơ sở dữ liệu: %1   ·   số liệu đến ngày %2</translation>
    </message>
</context>
<context>
    <name>PortfolioBrowser</name>
    <message>
        <source>there is no borrower %1</source>
        <translation>không có khách hàng %1</translation>
    </message>
</context>
<context>
    <name>PortfolioCheck</name>
    <message>
        <source>file integrity (SQLite integrity_check): %1</source>
        <translation>tính toàn vẹn của tệp (SQLite integrity_check): %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>tính toàn vẹn: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this program: %2)</source>
        <translation>phiên bản lược đồ: %1 (chương trình này: %2)</translation>
    </message>
    <message>
        <source>schema version %1 is not the current %2</source>
        <translation>phiên bản lược đồ %1 không phải phiên bản hiện hành %2</translation>
    </message>
    <message>
        <source>references (foreign_key_check): %1</source>
        <translation>tham chiếu (foreign_key_check): %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>tham chiếu: %1</translation>
    </message>
    <message>
        <source>commune %1</source>
        <translation>xã, phường %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>tổ %1</translation>
    </message>
    <message>
        <source>borrower %1</source>
        <translation>khách hàng %1</translation>
    </message>
    <message>
        <source>loan %1</source>
        <translation>món vay %1</translation>
    </message>
    <message>
        <source>installment of %1 due %2</source>
        <translation>kỳ trả nợ của %1 đến hạn ngày %2</translation>
    </message>
    <message>
        <source>repayment of %1 on %2</source>
        <translation>lần trả nợ của %1 ngày %2</translation>
    </message>
    <message>
        <source>savings of %1 on %2</source>
        <translation>tiền gửi của %1 ngày %2</translation>
    </message>
    <message>
        <source>savings of %1</source>
        <translation>tiền gửi của %1</translation>
    </message>
    <message>
        <source>rules of the portfolio: %1 communes, %2 groups, %3 borrowers, %4 loans, %5 installments, %6 repayments, %7 savings entries: %8</source>
        <translation>quy tắc của danh mục: %1 xã, %2 tổ, %3 khách hàng, %4 món vay, %5 kỳ trả nợ, %6 lần trả nợ, %7 giao dịch tiền gửi: %8</translation>
    </message>
    <message>
        <source>loan %1: the kept month figures differ from its repayments and schedule</source>
        <translation>món vay %1: số liệu tháng đã lưu khác với các lần trả nợ và lịch trả nợ</translation>
    </message>
    <message>
        <source>loan %1, %2: outstanding at the end is not start + disbursed − collected principal</source>
        <translation>món vay %1, %2: dư nợ cuối kỳ không bằng đầu kỳ + cho vay − thu nợ gốc</translation>
    </message>
    <message>
        <source>group %1: the kept savings balances differ from its members&apos; entries</source>
        <translation>tổ %1: số dư tiền gửi đã lưu khác với giao dịch của tổ viên</translation>
    </message>
    <message>
        <source>kept figures of %1 loans and %2 groups against their facts: %3</source>
        <translation>số liệu đã lưu của %1 món vay và %2 tổ so với dữ liệu gốc: %3</translation>
    </message>
    <message>
        <source>month totals of %1 (commune #%2, organisation #%3) differ from the loans&apos; month figures</source>
        <translation>số tổng hợp tháng %1 (xã #%2, hội đoàn thể #%3) khác với số liệu tháng của các món vay</translation>
    </message>
    <message>
        <source>kept month totals of %1 months, communes and organisations: %2</source>
        <translation>số tổng hợp đã lưu của %1 tổ hợp tháng, xã và hội đoàn thể: %2</translation>
    </message>
    <message>
        <source>summary %1 by %2, %3: outstanding at the end %4 is not %5 + %6 − %7</source>
        <translation>báo cáo %1 theo %2, %3: dư nợ cuối kỳ %4 không bằng %5 + %6 − %7</translation>
    </message>
    <message>
        <source>summary identity for %1 months with data, by program, commune, organisation and group: %2</source>
        <translation>đẳng thức của báo cáo cho %1 tháng có số liệu, theo chương trình, xã, hội đoàn thể và tổ: %2</translation>
    </message>
    <message>
        <source>problems found: %1</source>
        <translation>số lỗi phát hiện: %1</translation>
    </message>
    <message>
        <source>violations: %1</source>
        <translation>số vi phạm: %1</translation>
    </message>
</context>
<context>
    <name>RatioStyle</name>
    <message>
        <source>Overdue ratio: below %1 % plain · %1–%2 % amber · %2 % and above red</source>
        <translation>Tỷ lệ nợ quá hạn: dưới %1% không tô màu · %1–%2% màu vàng cam · từ %2% trở lên màu đỏ</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>no month chosen</source>
        <translation>chưa chọn tháng</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be drawn</source>
        <translation>không ghi được %1: không vẽ được tệp PDF</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>Report settings</source>
        <translation>Thiết lập báo cáo</translation>
    </message>
    <message>
        <source>&amp;Office (under the bank&apos;s name):</source>
        <translation>&amp;Đơn vị (dưới tên ngân hàng):</translation>
    </message>
    <message>
        <source>&amp;Place (on the date line):</source>
        <translation>Đị&amp;a danh (trên dòng ngày tháng):</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Người lập biểu:</translation>
    </message>
    <message>
        <source>&amp;Checked by:</source>
        <translation>&amp;Kiểm soát:</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>&amp;Giám đốc:</translation>
    </message>
    <message>
        <source>Printed reports, PDF files and workbooks use these settings, also when made with loandesk-cli. An empty office or place prints the default.</source>
        <translation>Báo cáo in, tệp PDF và bảng tính dùng các thiết lập này, kể cả khi tạo bằng loandesk-cli. Nếu để trống đơn vị hoặc địa danh thì dùng giá trị mặc định.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Hội đoàn thể</translation>
    </message>
    <message>
        <source>Savings-and-loan group</source>
        <translation>Tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Hộ vay còn dư nợ</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Số món vay</translation>
    </message>
    <message>
        <source>Outstanding at start</source>
        <translation>Dư nợ đầu kỳ</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Doanh số cho vay</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Doanh số thu nợ</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Thu lãi</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Dư nợ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nợ quá hạn</translation>
    </message>
    <message>
        <source>Overdue ratio</source>
        <translation>Tỷ lệ nợ quá hạn</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Nợ khoanh</translation>
    </message>
    <message>
        <source>Overdue + frozen</source>
        <translation>Nợ quá hạn + nợ khoanh</translation>
    </message>
    <message>
        <source>Members&apos; savings</source>
        <translation>Tiền gửi của tổ viên</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%)</source>
        <translation>(%)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>The month of the report; an ageing table is taken at its last day</source>
        <translation>Tháng của báo cáo; bảng tuổi nợ lấy số liệu ngày cuối tháng</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Ngày lập:</translation>
    </message>
    <message>
        <source>The date on the place and date line above the signatures</source>
        <translation>Ngày ghi trên dòng địa danh, ngày tháng phía trên chữ ký</translation>
    </message>
    <message>
        <source>Report &amp;settings…</source>
        <translation>&amp;Thiết lập báo cáo…</translation>
    </message>
    <message>
        <source>Office name, place and the names of the signatories</source>
        <translation>Tên đơn vị, địa danh và tên người ký</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Lưu P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
        <source>A workbook with one sheet per breakdown</source>
        <translation>Bảng tính mỗi tiêu chí một trang</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>The same file as loandesk-cli summary (Vietnamese names, whole đồng)</source>
        <translation>Cùng tệp với loandesk-cli summary (tên tiếng Việt, đơn vị đồng)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo dạng PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export a workbook</source>
        <translation>Xuất bảng tính</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary by program</source>
        <translation>Báo cáo theo chương trình</translation>
    </message>
    <message>
        <source>Summary by commune</source>
        <translation>Báo cáo theo xã, phường</translation>
    </message>
    <message>
        <source>Summary by organisation</source>
        <translation>Báo cáo theo hội đoàn thể</translation>
    </message>
    <message>
        <source>Summary by group</source>
        <translation>Báo cáo theo tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>Overdue ageing by program</source>
        <translation>Tuổi nợ quá hạn theo chương trình</translation>
    </message>
    <message>
        <source>Overdue ageing by commune</source>
        <translation>Tuổi nợ quá hạn theo xã, phường</translation>
    </message>
    <message>
        <source>Overdue ageing by organisation</source>
        <translation>Tuổi nợ quá hạn theo hội đoàn thể</translation>
    </message>
    <message>
        <source>Overdue ageing by group</source>
        <translation>Tuổi nợ quá hạn theo tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a month first.</source>
        <translation>Hãy chọn tháng trước.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Không dùng được máy in.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Đã gửi đến máy in: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
</context>
<context>
    <name>ShareDonutChart</name>
    <message>
        <source>Share of outstanding by organisation</source>
        <translation>Tỷ trọng dư nợ theo hội đoàn thể</translation>
    </message>
    <message>
        <source>No outstanding</source>
        <translation>Không có dư nợ</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>Creating the Duy Tiên demonstration portfolio…</source>
        <translation>Đang tạo dữ liệu mẫu của Duy Tiên…</translation>
    </message>
    <message>
        <source>LoanDesk</source>
        <translation>LoanDesk</translation>
    </message>
    <message>
        <source>cannot move the new database to %1</source>
        <translation>không chuyển được cơ sở dữ liệu mới đến %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Outstanding and overdue ratio over 24 months</source>
        <translation>Dư nợ và tỷ lệ nợ quá hạn 24 tháng</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có số liệu</translation>
    </message>
    <message>
        <source>Outstanding (%1)</source>
        <translation>Dư nợ (%1)</translation>
    </message>
    <message>
        <source>Overdue ratio (%)</source>
        <translation>Tỷ lệ nợ quá hạn (%)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required and must not be blank</source>
        <translation>là bắt buộc và không được để trống</translation>
    </message>
    <message>
        <source>no commune %1 in this import or the database</source>
        <translation>không có xã, phường %1 trong lần nhập này hoặc trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 is not an organisation; use HPN, HND, CCB or DTN</source>
        <translation>%1 không phải là hội đoàn thể; hãy dùng HPN, HND, CCB hoặc DTN</translation>
    </message>
    <message>
        <source>%1 is not a citizen ID: a household needs 12 digits (or a legacy ID of 9 digits)</source>
        <translation>%1 không phải là số CCCD: hộ gia đình cần 12 chữ số (hoặc CMND cũ 9 chữ số)</translation>
    </message>
    <message>
        <source>%1 is not a tax code: an organisation needs 10 digits, optionally followed by - and 3 digits</source>
        <translation>%1 không phải là mã số thuế: tổ chức cần 10 chữ số, có thể kèm - và 3 chữ số</translation>
    </message>
    <message>
        <source>an organisation is never in a group; leave group_code empty</source>
        <translation>tổ chức không thuộc tổ TK&amp;VV; hãy để trống group_code</translation>
    </message>
    <message>
        <source>no group %1 in this import or the database</source>
        <translation>không có tổ %1 trong lần nhập này hoặc trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 is not the commune of group %2, which is in %3</source>
        <translation>%1 không phải là xã của tổ %2, tổ này thuộc %3</translation>
    </message>
    <message>
        <source>no borrower %1 in this import or the database</source>
        <translation>không có khách hàng %1 trong lần nhập này hoặc trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 is not a program of the catalogue</source>
        <translation>%1 không phải là chương trình trong danh mục</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>phải lớn hơn 0</translation>
    </message>
    <message>
        <source>%1 is not after the disbursement date %2</source>
        <translation>%1 không sau ngày giải ngân %2</translation>
    </message>
    <message>
        <source>%1 is before the %2 program began (%3)</source>
        <translation>%1 trước ngày chương trình %2 bắt đầu (%3)</translation>
    </message>
    <message>
        <source>%1 is above the %2 cap of %3 in force on %4</source>
        <translation>%1 vượt mức cho vay tối đa của %2 là %3 áp dụng ngày %4</translation>
    </message>
    <message>
        <source>%1 is beyond the %2 maximum term of %3 months (at the latest %4)</source>
        <translation>%1 vượt thời hạn tối đa của %2 là %3 tháng (chậm nhất %4)</translation>
    </message>
    <message>
        <source>%1 is before the disbursement date %2</source>
        <translation>%1 trước ngày giải ngân %2</translation>
    </message>
    <message>
        <source>no loan %1 in this import or the database</source>
        <translation>không có món vay %1 trong lần nhập này hoặc trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 is not after the disbursement date %2 of %3</source>
        <translation>%1 không sau ngày giải ngân %2 của %3</translation>
    </message>
    <message>
        <source>%1 is after the maturity date %2 of %3</source>
        <translation>%1 sau ngày đến hạn %2 của %3</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>không được âm</translation>
    </message>
    <message>
        <source>principal and interest are both 0</source>
        <translation>cả gốc và lãi đều bằng 0</translation>
    </message>
    <message>
        <source>%1 is before the disbursement date %2 of %3</source>
        <translation>%1 trước ngày giải ngân %2 của %3</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation>không được bằng 0</translation>
    </message>
    <message>
        <source>%1 is not a household in a group; only group members keep savings</source>
        <translation>%1 không phải là hộ thuộc tổ; chỉ tổ viên mới có tiền gửi</translation>
    </message>
    <message>
        <source>the installments of %1 add up to %2, not to its amount %3</source>
        <translation>tổng các kỳ trả nợ của %1 là %2, không bằng số tiền vay %3</translation>
    </message>
    <message>
        <source>the last installment of %1 is due on %2, not on its maturity date %3</source>
        <translation>kỳ trả nợ cuối của %1 đến hạn ngày %2, không phải ngày đến hạn %3</translation>
    </message>
    <message>
        <source>by the end of %2 the principal repaid on %1 would be %3, more than its amount %4</source>
        <translation>đến hết ngày %2, gốc đã trả của %1 sẽ là %3, vượt số tiền vay %4</translation>
    </message>
    <message>
        <source>the savings balance of %1 would be %2 at the end of %3</source>
        <translation>số dư tiền gửi của %1 sẽ là %2 vào cuối ngày %3</translation>
    </message>
</context>
</TS>
