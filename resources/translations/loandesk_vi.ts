<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AdminSetupDialog</name>
    <message>
        <source>Create the admin account</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>&amp;Create admin account</source>
        <translation>&amp;Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>This database has no users yet, so anyone who can open it can change everything. Create its admin account: the admin then adds the staff and the director, each with their own password and role, and from then on LoanDesk opens on a sign-in.

Later keeps the database without users for now.</source>
        <translation>Cơ sở dữ liệu này chưa có người dùng, nên bất kỳ ai mở được cơ sở dữ liệu đều có thể thay đổi mọi thứ. Hãy tạo tài khoản quản trị cho cơ sở dữ liệu: sau đó người quản trị thêm cán bộ tín dụng và giám đốc, mỗi người có mật khẩu và vai trò riêng, và từ đó LoanDesk sẽ mở bằng màn hình đăng nhập.

Để sau: tạm thời giữ cơ sở dữ liệu không có người dùng.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>&amp;Do not ask again for this database</source>
        <translation>&amp;Không hỏi lại với cơ sở dữ liệu này</translation>
    </message>
</context>
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
    <name>AuditTrailModel</name>
    <message>
        <source>Commune registered</source>
        <translation>Thêm xã, phường</translation>
    </message>
    <message>
        <source>Commune changed</source>
        <translation>Sửa xã, phường</translation>
    </message>
    <message>
        <source>Group registered</source>
        <translation>Thêm tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation>Sửa tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>Borrower registered</source>
        <translation>Thêm khách hàng</translation>
    </message>
    <message>
        <source>Borrower changed</source>
        <translation>Sửa thông tin khách hàng</translation>
    </message>
    <message>
        <source>Borrower moved</source>
        <translation>Chuyển tổ/xã</translation>
    </message>
    <message>
        <source>Loan disbursed</source>
        <translation>Giải ngân món vay</translation>
    </message>
    <message>
        <source>Loan changed</source>
        <translation>Sửa món vay</translation>
    </message>
    <message>
        <source>Repayment posted</source>
        <translation>Ghi trả nợ</translation>
    </message>
    <message>
        <source>Repayment reversed</source>
        <translation>Đảo bút toán trả nợ</translation>
    </message>
    <message>
        <source>Savings entry posted</source>
        <translation>Ghi giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>Savings entry reversed</source>
        <translation>Đảo giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>Chốt số liệu tháng</translation>
    </message>
    <message>
        <source>Month reopened</source>
        <translation>Mở lại tháng</translation>
    </message>
    <message>
        <source>Data imported</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Repayment no. %1</source>
        <translation>Bút toán trả nợ số %1</translation>
    </message>
    <message>
        <source>Savings entry no. %1</source>
        <translation>Giao dịch tiền gửi số %1</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>Món vay %1</translation>
    </message>
    <message>
        <source>Borrower %1</source>
        <translation>Khách hàng %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Tổ %1</translation>
    </message>
    <message>
        <source>Commune %1</source>
        <translation>Xã, phường %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Nhập dữ liệu từ %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số bút toán</translation>
    </message>
    <message>
        <source>Reverses no.</source>
        <translation>Đảo bút toán số</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Món vay</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ngày trả</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
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
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
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
        <source>Organisation</source>
        <translation>Hội đoàn thể</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn, xóm</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại khách hàng</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
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
        <source>Rate (%/month)</source>
        <translation>Lãi suất (%/tháng)</translation>
    </message>
    <message>
        <source>Frozen from</source>
        <translation>Khoanh nợ từ ngày</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích sử dụng vốn</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch trả nợ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã chốt</translation>
    </message>
    <message>
        <source>Outstanding at the end</source>
        <translation>Dư nợ cuối kỳ</translation>
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
        <source>Overdue</source>
        <translation>Nợ quá hạn</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Nợ khoanh</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Lần chuyển tổ/xã</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Món vay</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Kỳ trả nợ</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Lần trả nợ</translation>
    </message>
    <message>
        <source>Savings entries</source>
        <translation>Giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Local time %1 (UTC %2)</source>
        <translation>Giờ địa phương %1 (giờ UTC %2)</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Trước:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Giá trị:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Sau:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Values before → after</source>
        <translation>Giá trị trước → sau</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Office settings changed</source>
        <translation>Sửa thông tin đơn vị trên báo cáo</translation>
    </message>
    <message>
        <source>Marked as demonstration data</source>
        <translation>Đánh dấu là dữ liệu mẫu</translation>
    </message>
    <message>
        <source>The office&apos;s settings</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Kiểm soát</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>User locked after wrong passwords</source>
        <translation>Khóa người dùng do nhập sai mật khẩu</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Mở khóa người dùng</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Người dùng %1</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Khôi phục cơ sở dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Bản sao lưu %1</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>sign in first: this database has users, and only a signed-in user may %1</source>
        <translation>hãy đăng nhập trước: cơ sở dữ liệu này đã có người dùng, chỉ người dùng đã đăng nhập mới được %1</translation>
    </message>
    <message>
        <source>%1 is no longer a user of this database</source>
        <translation>%1 không còn là người dùng của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>not allowed for %1: %2</source>
        <translation>người dùng %1 không được phép: %2</translation>
    </message>
    <message>
        <source>register a commune</source>
        <translation>thêm xã, phường</translation>
    </message>
    <message>
        <source>change a commune</source>
        <translation>sửa xã, phường</translation>
    </message>
    <message>
        <source>register a group</source>
        <translation>thêm tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>change a group</source>
        <translation>sửa tổ TK&amp;VV</translation>
    </message>
    <message>
        <source>register a borrower</source>
        <translation>thêm khách hàng</translation>
    </message>
    <message>
        <source>change a borrower</source>
        <translation>sửa thông tin khách hàng</translation>
    </message>
    <message>
        <source>move a borrower</source>
        <translation>chuyển tổ/xã cho khách hàng</translation>
    </message>
    <message>
        <source>disburse a loan</source>
        <translation>giải ngân món vay</translation>
    </message>
    <message>
        <source>change a loan</source>
        <translation>sửa món vay</translation>
    </message>
    <message>
        <source>post a repayment</source>
        <translation>ghi trả nợ</translation>
    </message>
    <message>
        <source>post a savings entry</source>
        <translation>ghi giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>reverse a repayment</source>
        <translation>đảo bút toán trả nợ</translation>
    </message>
    <message>
        <source>reverse a savings entry</source>
        <translation>đảo giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>post a transaction day</source>
        <translation>ghi số liệu ngày giao dịch tại điểm giao dịch xã</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>nhập dữ liệu</translation>
    </message>
    <message>
        <source>close a month</source>
        <translation>chốt số liệu tháng</translation>
    </message>
    <message>
        <source>reopen a month</source>
        <translation>mở lại tháng đã chốt</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>sửa thông tin đơn vị</translation>
    </message>
    <message>
        <source>mark the data as a demonstration</source>
        <translation>đánh dấu dữ liệu là dữ liệu mẫu</translation>
    </message>
    <message>
        <source>change the program catalogue</source>
        <translation>sửa danh mục chương trình</translation>
    </message>
    <message>
        <source>manage the users</source>
        <translation>quản lý người dùng</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>director</source>
        <translation>giám đốc</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>cán bộ tín dụng</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <source>only %1 may %2; you are signed in as %3</source>
        <translation>chỉ %1 mới được %2; bạn đang đăng nhập với vai trò %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>không tạo được thư mục sao lưu %1</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Thiết lập sao lưu</translation>
    </message>
    <message>
        <source>When LoanDesk closes, it backs the database up once a day and keeps the latest backups.</source>
        <translation>Khi đóng LoanDesk, chương trình sao lưu cơ sở dữ liệu mỗi ngày một lần và giữ lại các bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>Số &amp;bản sao lưu giữ lại:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>Beside the database (NAME.backups)</source>
        <translation>Bên cạnh cơ sở dữ liệu (TÊN.backups)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation>Thư mục chứa bản sao lưu</translation>
    </message>
</context>
<context>
    <name>BatchValidator</name>
    <message>
        <source>%1 is already in the database</source>
        <translation>%1 đã có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 appears again (first on line %2)</source>
        <translation>%1 xuất hiện lại (lần đầu ở dòng %2)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>no. %1 is already in the database</source>
        <translation>số bút toán %1 đã có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>no. %1 appears again (first on line %2)</source>
        <translation>số bút toán %1 xuất hiện lại (lần đầu ở dòng %2)</translation>
    </message>
    <message>
        <source>entry no. %1 is reversed already, by no. %2; an entry is reversed once only</source>
        <translation>bút toán số %1 đã được đảo bằng bút toán số %2; mỗi bút toán chỉ được đảo một lần</translation>
    </message>
    <message>
        <source>entry no. %1 is reversed again (first on line %2); an entry is reversed once only</source>
        <translation>bút toán số %1 bị đảo thêm một lần nữa (lần đầu ở dòng %2); mỗi bút toán chỉ được đảo một lần</translation>
    </message>
    <message>
        <source>%1 falls in %2, a closed month: nothing dated on or before %3 can be posted or changed; post a reversal or a new entry dated in an open month instead</source>
        <translation>ngày %1 thuộc tháng %2 là tháng đã chốt số liệu: không thể ghi hoặc sửa bất cứ gì có ngày từ %3 trở về trước; hãy ghi bút toán đảo hoặc bút toán mới có ngày trong một tháng chưa chốt</translation>
    </message>
    <message>
        <source>%1 already has an installment due on %2 in the database</source>
        <translation>%1 đã có kỳ trả nợ đến hạn ngày %2 trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 has another installment due on %2 (line %3)</source>
        <translation>%1 có một kỳ trả nợ khác đến hạn ngày %2 (dòng %3)</translation>
    </message>
    <message>
        <source>%1 has another installment due on %2</source>
        <translation>%1 có một kỳ trả nợ khác đến hạn ngày %2</translation>
    </message>
    <message>
        <source>give either group_code or commune_code, not both: a group move takes the group&apos;s commune</source>
        <translation>chỉ ghi group_code hoặc commune_code, không ghi cả hai: khi chuyển tổ, xã, phường là xã, phường của tổ mới</translation>
    </message>
    <message>
        <source>is only for a reversal; give reverses, or leave reason empty</source>
        <translation>chỉ dùng cho bút toán đảo; hãy ghi reverses, hoặc để trống reason</translation>
    </message>
    <message>
        <source>%1 is disbursed in a closed month (%2), so its schedule cannot be posted</source>
        <translation>%1 được giải ngân trong tháng đã chốt số liệu (%2) nên không thể ghi lịch trả nợ của món vay này</translation>
    </message>
</context>
<context>
    <name>BorrowerDialog</name>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Edit borrower %1</source>
        <translation>Sửa thông tin khách hàng %1</translation>
    </message>
    <message>
        <source>New borrower</source>
        <translation>Thêm khách hàng</translation>
    </message>
    <message>
        <source>A borrower&apos;s customer code never changes.</source>
        <translation>Mã khách hàng không bao giờ thay đổi.</translation>
    </message>
    <message>
        <source>The next free customer code is proposed; you may type another.</source>
        <translation>Chương trình đề xuất mã khách hàng còn trống tiếp theo; có thể nhập mã khác.</translation>
    </message>
    <message>
        <source>Citizen ID: 12 digits (old ID card: 9)</source>
        <translation>Số CCCD: 12 chữ số (CMND cũ: 9 chữ số)</translation>
    </message>
    <message>
        <source>Customer &amp;code:</source>
        <translation>&amp;Mã khách hàng:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại khách hàng:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;Số CCCD/CMND:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>&amp;Xã, phường:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Tổ:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Thô&amp;n, xóm:</translation>
    </message>
    <message>
        <source>%1 has loans, savings or moves: a change of group or commune is a move from a date. Use Move borrower… instead.</source>
        <translation>%1 đã có món vay, tiền gửi hoặc lần chuyển tổ/xã: muốn đổi tổ hoặc xã, phường thì ghi một lần chuyển tổ/xã từ một ngày. Hãy dùng Chuyển tổ/xã….</translation>
    </message>
    <message>
        <source>%1 has loans, savings or moves: the kind of borrower cannot change.</source>
        <translation>%1 đã có món vay, tiền gửi hoặc lần chuyển tổ/xã: không thể thay đổi loại khách hàng.</translation>
    </message>
    <message>
        <source>(no group: direct lending)</source>
        <translation>(không thuộc tổ: cho vay trực tiếp)</translation>
    </message>
    <message>
        <source>An organisation is never in a group.</source>
        <translation>Tổ chức không thuộc tổ tiết kiệm và vay vốn.</translation>
    </message>
    <message>
        <source>Tax code: 10 digits, or 10 digits, - and 3 more</source>
        <translation>Mã số thuế: 10 chữ số, hoặc 10 chữ số, dấu - và thêm 3 chữ số</translation>
    </message>
    <message>
        <source>Choose the borrower&apos;s commune.</source>
        <translation>Hãy chọn xã, phường của khách hàng.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Reads the borrower again as it is stored now; what you typed is dropped.</source>
        <translation>Đọc lại thông tin khách hàng đang lưu; nội dung bạn đã nhập sẽ bị bỏ.</translation>
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
    <message>
        <source>&amp;History of this borrower</source>
        <translation>&amp;Lịch sử thay đổi của khách hàng này</translation>
    </message>
    <message>
        <source>Every change recorded for this borrower, their loans and entries: who made it, when and why</source>
        <translation>Mọi thay đổi đã ghi nhận về khách hàng này, các món vay và bút toán của khách hàng: ai thực hiện, khi nào và vì sao</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Tổ/xã trực thuộc</translation>
    </message>
    <message>
        <source>Reversal of no. %1</source>
        <translation>Đảo bút toán số %1</translation>
    </message>
    <message>
        <source>Reversal of no. %1: %2</source>
        <translation>Đảo bút toán số %1: %2</translation>
    </message>
    <message>
        <source>Reversed by no. %1 on %2</source>
        <translation>Đã bị đảo bằng bút toán số %1 ngày %2</translation>
    </message>
    <message>
        <source>Reversed by no. %1 on %2: %3</source>
        <translation>Đã bị đảo bằng bút toán số %1 ngày %2: %3</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>entry number</comment>
        <translation>Số</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
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
        <source>Organisation</source>
        <translation>Hội đoàn thể</translation>
    </message>
    <message>
        <source>at registration</source>
        <translation>khi đăng ký</translation>
    </message>
    <message>
        <source>in no group</source>
        <translation>không thuộc tổ nào</translation>
    </message>
    <message>
        <source>Moved on %1</source>
        <translation>Chuyển tổ/xã ngày %1</translation>
    </message>
    <message>
        <source>Memberships (%1)</source>
        <translation>Tổ/xã trực thuộc (%1)</translation>
    </message>
    <message>
        <source>New &amp;loan…</source>
        <translation>Thêm &amp;món vay…</translation>
    </message>
    <message>
        <source>Disburse a new loan to this borrower</source>
        <translation>Giải ngân một món vay mới cho khách hàng này</translation>
    </message>
    <message>
        <source>New &amp;repayment…</source>
        <translation>Ghi &amp;trả nợ…</translation>
    </message>
    <message>
        <source>Post a repayment of the selected loan</source>
        <translation>Ghi một lần trả nợ cho món vay đang chọn</translation>
    </message>
    <message>
        <source>New &amp;savings entry…</source>
        <translation>Ghi giao dịch tiền &amp;gửi…</translation>
    </message>
    <message>
        <source>Post a savings deposit or withdrawal of this borrower</source>
        <translation>Ghi một lần gửi hoặc rút tiền gửi tiết kiệm của khách hàng này</translation>
    </message>
    <message>
        <source>Re&amp;verse entry…</source>
        <translation>Đảo &amp;bút toán…</translation>
    </message>
    <message>
        <source>Reverse the repayment or savings entry selected, giving a reason</source>
        <translation>Đảo bút toán trả nợ hoặc giao dịch tiền gửi đang chọn, kèm theo lý do</translation>
    </message>
    <message>
        <source>Select a savings entry first.</source>
        <translation>Hãy chọn một giao dịch tiền gửi trước.</translation>
    </message>
    <message>
        <source>Select a repayment first.</source>
        <translation>Hãy chọn một lần trả nợ trước.</translation>
    </message>
    <message>
        <source>No. %1 is itself a reversal: it cannot be reversed. Post the right entry again instead.</source>
        <translation>Bút toán số %1 là bút toán đảo: không thể đảo bút toán này. Hãy ghi lại bút toán đúng.</translation>
    </message>
    <message>
        <source>No. %1 is reversed already (by no. %2).</source>
        <translation>Bút toán số %1 đã được đảo (bằng bút toán số %2).</translation>
    </message>
    <message>
        <source>This window cannot change the portfolio.</source>
        <translation>Cửa sổ này không thể thay đổi danh mục cho vay.</translation>
    </message>
    <message>
        <source>Savings belong to households in a savings-and-loan group.</source>
        <translation>Chỉ hộ gia đình là tổ viên tổ tiết kiệm và vay vốn mới có tiền gửi tiết kiệm.</translation>
    </message>
    <message>
        <source>Select a repayment or a savings entry on their tab first.</source>
        <translation>Hãy chọn một lần trả nợ hoặc một giao dịch tiền gửi ở thẻ tương ứng trước.</translation>
    </message>
    <message>
        <source>&amp;Correct loan…</source>
        <translation>&amp;Sửa món vay…</translation>
    </message>
    <message>
        <source>Correct the selected loan where it touches no closed month</source>
        <translation>Sửa món vay đang chọn ở những gì không chạm đến tháng đã khóa sổ</translation>
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
    <message>
        <source>&amp;New borrower…</source>
        <translation>&amp;Thêm khách hàng…</translation>
    </message>
    <message>
        <source>&amp;Edit borrower…</source>
        <translation>&amp;Sửa thông tin khách hàng…</translation>
    </message>
    <message>
        <source>&amp;Move borrower…</source>
        <translation>&amp;Chuyển tổ/xã…</translation>
    </message>
    <message>
        <source>Move the borrower to another group or commune from a date</source>
        <translation>Chuyển khách hàng sang tổ hoặc xã, phường khác từ một ngày</translation>
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
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu thành ảnh PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành tệp PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Lưu thành ảnh PNG</translation>
    </message>
    <message>
        <source>Save the chart as PDF</source>
        <translation>Lưu biểu đồ thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>In biểu đồ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
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
    <name>CloseMonthDialog</name>
    <message>
        <source>Disbursed in the month</source>
        <translation>Doanh số cho vay trong tháng</translation>
    </message>
    <message>
        <source>Principal collected</source>
        <translation>Doanh số thu nợ trong tháng</translation>
    </message>
    <message>
        <source>Interest collected</source>
        <translation>Thu lãi trong tháng</translation>
    </message>
    <message>
        <source>Borrowers with a balance</source>
        <translation>Hộ vay còn dư nợ</translation>
    </message>
    <message>
        <source>Loans with a balance</source>
        <translation>Món vay còn dư nợ</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Chốt số liệu tháng %1</translation>
    </message>
    <message>
        <source>&amp;Close %1</source>
        <translation>&amp;Chốt số liệu tháng %1</translation>
    </message>
    <message>
        <source>Close the month %1?</source>
        <translation>Chốt số liệu tháng %1?</translation>
    </message>
    <message>
        <source>The month&apos;s totals for the whole office:</source>
        <translation>Số liệu tổng hợp của tháng, toàn phòng giao dịch:</translation>
    </message>
    <message>
        <source>Outstanding at %1</source>
        <translation>Dư nợ đến ngày %1</translation>
    </message>
    <message>
        <source>Overdue at %1</source>
        <translation>Nợ quá hạn đến ngày %1</translation>
    </message>
    <message>
        <source>Frozen at %1</source>
        <translation>Nợ khoanh đến ngày %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Once %1 is closed, nothing dated on or before %2 can be posted, reversed or changed&lt;/b&gt;: no repayment, savings entry, reversal, move, new loan or change to a loan. A mistake found later is corrected by a reversal dated in an open month. The portfolio is checked first, which can take a moment.</source>
        <translation>&lt;b&gt;Sau khi chốt số liệu tháng %1, không thể ghi, đảo hay sửa bất cứ gì có ngày từ %2 trở về trước&lt;/b&gt;: không ghi trả nợ, giao dịch tiền gửi, bút toán đảo, chuyển tổ/xã, không giải ngân món vay mới, không sửa món vay. Sai sót phát hiện sau đó được sửa bằng bút toán đảo có ngày trong một tháng chưa chốt. Chương trình kiểm tra danh mục cho vay trước khi chốt, việc này có thể mất một lúc.</translation>
    </message>
</context>
<context>
    <name>CollectionSheetBuilder</name>
    <message>
        <source>choose the day of the transaction</source>
        <translation>hãy chọn ngày giao dịch</translation>
    </message>
    <message>
        <source>there is no commune %1</source>
        <translation>không có xã, phường %1</translation>
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
    <message>
        <source>imported %1 communes, %2 groups, %3 borrowers, %8 moves, %4 loans, %5 installments, %6 repayments, %7 savings entries</source>
        <translation>đã nhập %1 xã, %2 tổ, %3 khách hàng, %8 lần chuyển tổ/xã, %4 món vay, %5 kỳ trả nợ, %6 lần trả nợ, %7 giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>%1 needs --month YYYY-MM</source>
        <translation>lệnh %1 cần --month YYYY-MM</translation>
    </message>
    <message>
        <source>months needs --db FILE</source>
        <translation>lệnh months cần --db TỆP</translation>
    </message>
    <message>
        <source>close needs --db FILE and --month YYYY-MM</source>
        <translation>lệnh close cần --db TỆP và --month YYYY-MM</translation>
    </message>
    <message>
        <source>closed %1: nothing dated on or before %2 can change any more</source>
        <translation>đã chốt số liệu tháng %1: mọi dữ liệu có ngày từ %2 trở về trước không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>reopen needs --db FILE, --month YYYY-MM and --reason TEXT</source>
        <translation>lệnh reopen cần --db TỆP, --month YYYY-MM và --reason LÝ_DO</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>đã mở lại tháng %1</translation>
    </message>
    <message>
        <source>cannot write to the standard output: %1</source>
        <translation>không ghi được ra đầu ra chuẩn: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>không ghi được %1: đây không phải là tệp thông thường</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>bản sao lưu %1</translation>
    </message>
    <message>
        <source>  written %1</source>
        <translation>  thời điểm ghi: %1</translation>
    </message>
    <message>
        <source>  schema version %1</source>
        <translation>  phiên bản lược đồ: %1</translation>
    </message>
    <message>
        <source>  no month with data</source>
        <translation>  không có tháng nào có số liệu</translation>
    </message>
    <message>
        <source>  months with data: %1 to %2 (%3), closed through %4</source>
        <translation>  các tháng có số liệu: từ %1 đến %2 (%3 tháng), tháng đã chốt số liệu gần nhất: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>  outstanding at the end of %1: %2</source>
        <translation>  dư nợ cuối tháng %1: %2</translation>
    </message>
    <message>
        <source>  checked: %1</source>
        <translation>  đã kiểm tra: %1</translation>
    </message>
    <message>
        <source>  check: no violations</source>
        <translation>  kiểm tra: không có vi phạm</translation>
    </message>
    <message>
        <source>  check: %1 violations</source>
        <translation>  kiểm tra: %1 vi phạm</translation>
    </message>
    <message>
        <source>restore needs --db FILE and --from BACKUP</source>
        <translation>lệnh restore cần --db TỆP và --from BẢN_SAO_LƯU</translation>
    </message>
    <message>
        <source>the backup does not pass the check: a restore would refuse it</source>
        <translation>bản sao lưu không qua được kiểm tra: lệnh khôi phục sẽ từ chối bản sao lưu này</translation>
    </message>
    <message>
        <source>the database as it was is kept in %1</source>
        <translation>cơ sở dữ liệu trước khi khôi phục được giữ lại tại %1</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>đã khôi phục %1 từ %2</translation>
    </message>
    <message>
        <source>%1 has no users yet: %2 needs no --user (add the first user, an admin, with loandesk-cli user add)</source>
        <translation>%1 chưa có người dùng: lệnh %2 không cần --user (hãy thêm người dùng đầu tiên, là người quản trị, bằng loandesk-cli user add)</translation>
    </message>
    <message>
        <source>%1 has users: %2 needs --user NAME, with the password on standard input</source>
        <translation>%1 đã có người dùng: lệnh %2 cần --user TÊN, kèm mật khẩu nhập từ đầu vào chuẩn</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>no password for %1 on standard input</source>
        <translation>không có mật khẩu của %1 từ đầu vào chuẩn</translation>
    </message>
    <message>
        <source>user needs list, add, passwd, role or unlock, and --db FILE (see loandesk-cli --help)</source>
        <translation>lệnh user cần list, add, passwd, role hoặc unlock, và --db TỆP (xem loandesk-cli --help)</translation>
    </message>
    <message>
        <source>user %1 needs --name NAME</source>
        <translation>lệnh user %1 cần --name TÊN</translation>
    </message>
    <message>
        <source>user %1 needs --role director, staff or admin</source>
        <translation>lệnh user %1 cần --role director, staff hoặc admin</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bị khóa đến %1</translation>
    </message>
    <message>
        <source>%1 has no users yet: add the first one, an admin, with user add</source>
        <translation>%1 chưa có người dùng: hãy thêm người dùng đầu tiên, là người quản trị, bằng user add</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Mật khẩu mới của %1: </translation>
    </message>
    <message>
        <source>no new password for %1 on standard input</source>
        <translation>không có mật khẩu mới của %1 từ đầu vào chuẩn</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>đã thêm %1 (%2)</translation>
    </message>
    <message>
        <source>changed the password of %1</source>
        <translation>đã đổi mật khẩu của %1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 nay có vai trò %2</translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation>đã mở khóa %1</translation>
    </message>
    <message>
        <source>init needs --db FILE, or --demo with --csv DIR</source>
        <translation>lệnh init cần --db TỆP, hoặc --demo cùng --csv THƯ_MỤC</translation>
    </message>
    <message>
        <source>%1 is a folder that is not empty; init never overwrites a file</source>
        <translation>%1 là thư mục đã có tệp; lệnh init không bao giờ ghi đè tệp</translation>
    </message>
    <message>
        <source>wrote the Duy Tien demonstration portfolio into %1 in %2 s</source>
        <translation>đã ghi dữ liệu mẫu của Duy Tiên vào %1 trong %2 giây</translation>
    </message>
</context>
<context>
    <name>CommuneDialog</name>
    <message>
        <source>Rename commune %1</source>
        <translation>Đổi tên xã, phường %1</translation>
    </message>
    <message>
        <source>New commune</source>
        <translation>Thêm xã, phường</translation>
    </message>
    <message>
        <source>GSO code, e.g. 13324</source>
        <translation>Mã đơn vị hành chính, ví dụ 13324</translation>
    </message>
    <message>
        <source>e.g. Phường Hòa Mạc</source>
        <translation>ví dụ Phường Hòa Mạc</translation>
    </message>
    <message>
        <source>A commune&apos;s code never changes.</source>
        <translation>Mã xã, phường không bao giờ thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã xã, phường:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên xã, phường:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Reads the commune again as it is stored now; what you typed is dropped.</source>
        <translation>Đọc lại thông tin xã, phường đang lưu; nội dung bạn đã nhập sẽ bị bỏ.</translation>
    </message>
    <message>
        <source>There is no commune %1.</source>
        <translation>Không có xã, phường %1.</translation>
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
    <message>
        <source>the record is larger than %1 KB; no record of a data file needs that much, so it is not read</source>
        <translation>bản ghi lớn hơn %1 KB; không bản ghi nào của tệp dữ liệu cần dung lượng như vậy, nên bản ghi này không được đọc</translation>
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
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>tong-quan</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Lưu trang tổng quan thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save dashboard as PDF</source>
        <translation>Lưu trang tổng quan thành PDF</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>In trang tổng quan</translation>
    </message>
    <message>
        <source>Print dashboard</source>
        <translation>In trang tổng quan</translation>
    </message>
</context>
<context>
    <name>DataSetWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the disk took only part of it</source>
        <translation>không ghi được %1: ổ đĩa chỉ ghi được một phần tệp</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 đã tồn tại; sao lưu không bao giờ ghi đè tệp</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>thư mục của %1 không tồn tại</translation>
    </message>
    <message>
        <source>writing the backup %1</source>
        <translation>ghi bản sao lưu %1</translation>
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
        <source>reading savings</source>
        <translation>đọc tiền gửi</translation>
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
        <source>recording the days with data</source>
        <translation>ghi các ngày có số liệu</translation>
    </message>
    <message>
        <source>finding the months with data</source>
        <translation>tìm các tháng có số liệu</translation>
    </message>
    <message>
        <source>counting the records of each day</source>
        <translation>đếm số bản ghi của từng ngày</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>ghi lịch sử thay đổi</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>đọc lịch sử thay đổi</translation>
    </message>
    <message>
        <source>looking up the members of groups</source>
        <translation>tra cứu tổ viên của các tổ</translation>
    </message>
    <message>
        <source>looking up the history of a borrower</source>
        <translation>tra cứu lịch sử thay đổi của khách hàng</translation>
    </message>
    <message>
        <source>reading the closed months</source>
        <translation>đọc các tháng đã chốt số liệu</translation>
    </message>
    <message>
        <source>closing a month</source>
        <translation>chốt số liệu tháng</translation>
    </message>
    <message>
        <source>reopening a month</source>
        <translation>mở lại tháng đã chốt</translation>
    </message>
    <message>
        <source>looking up a borrower</source>
        <translation>tra cứu khách hàng</translation>
    </message>
    <message>
        <source>reading the moves of a borrower</source>
        <translation>đọc các lần chuyển tổ/xã của khách hàng</translation>
    </message>
    <message>
        <source>no borrower #%1 to total the figures under</source>
        <translation>không có khách hàng #%1 để cộng số liệu vào</translation>
    </message>
    <message>
        <source>reading the moves</source>
        <translation>đọc các lần chuyển tổ/xã</translation>
    </message>
    <message>
        <source>looking up the members of a group</source>
        <translation>tra cứu tổ viên của tổ</translation>
    </message>
    <message>
        <source>reading the moves of borrowers</source>
        <translation>đọc các lần chuyển tổ/xã của các khách hàng</translation>
    </message>
    <message>
        <source>saving a move</source>
        <translation>lưu lần chuyển tổ/xã</translation>
    </message>
    <message>
        <source>looking up repayments</source>
        <translation>tra cứu các lần trả nợ</translation>
    </message>
    <message>
        <source>looking up reversals</source>
        <translation>tra cứu các bút toán đảo</translation>
    </message>
    <message>
        <source>looking up savings entries</source>
        <translation>tra cứu giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>numbering entries</source>
        <translation>đánh số bút toán</translation>
    </message>
    <message>
        <source>reading the office&apos;s settings</source>
        <translation>đọc thông tin đơn vị</translation>
    </message>
    <message>
        <source>saving the office&apos;s settings</source>
        <translation>lưu thông tin đơn vị</translation>
    </message>
    <message>
        <source>reading the data version</source>
        <translation>đọc phiên bản dữ liệu</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 không thành công: %2</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program (waited %2 seconds)</source>
        <translation>%1: cơ sở dữ liệu đang bị chương trình khác khóa (đã chờ %2 giây)</translation>
    </message>
    <message>
        <source>a backup needs a SQLite database</source>
        <translation>sao lưu cần cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>a backup cannot replace the database it copies</source>
        <translation>bản sao lưu không được ghi đè lên chính cơ sở dữ liệu đang được sao lưu</translation>
    </message>
    <message>
        <source>no file at %1</source>
        <translation>không có tệp tại %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>a restore needs SQLite databases</source>
        <translation>khôi phục cần cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>a restore cannot run inside another change</source>
        <translation>không thể khôi phục khi đang thực hiện một thay đổi khác</translation>
    </message>
    <message>
        <source>replacing the content of %1</source>
        <translation>thay thế nội dung của %1</translation>
    </message>
    <message>
        <source>%1: waited too long for another program to finish writing to %2 (it kept the database locked for more than %3 seconds); nothing was written, try again when it has finished</source>
        <translation>%1: đã chờ quá lâu để chương trình khác ghi xong vào %2 (chương trình đó giữ khóa cơ sở dữ liệu hơn %3 giây); không có dữ liệu nào được ghi, hãy thử lại khi chương trình đó đã ghi xong</translation>
    </message>
    <message>
        <source>%1: %2 can only be read (the file or its folder cannot be written); nothing was written</source>
        <translation>%1: %2 chỉ đọc được (không ghi được vào tệp hoặc thư mục chứa tệp); không có dữ liệu nào được ghi</translation>
    </message>
    <message>
        <source>%1: the disk holding %2 is full; nothing was written, free some space and try again</source>
        <translation>%1: ổ đĩa chứa %2 đã đầy; không có dữ liệu nào được ghi, hãy giải phóng bớt dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>%1: the disk failed while reading or writing %2 (%3); nothing was written</source>
        <translation>%1: ổ đĩa bị lỗi khi đọc hoặc ghi %2 (%3); không có dữ liệu nào được ghi</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation>%1: %2 bị hỏng (%3)</translation>
    </message>
    <message>
        <source>%1: %2 cannot be opened (%3)</source>
        <translation>%1: không mở được %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a LoanDesk database (%3)</source>
        <translation>%1: %2 không phải là cơ sở dữ liệu LoanDesk (%3)</translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder cannot be written here); nothing was written</source>
        <translation>%1 được mở ở chế độ chỉ đọc (không ghi được vào tệp hoặc thư mục chứa tệp tại đây); không có dữ liệu nào được ghi</translation>
    </message>
    <message>
        <source>%1 is damaged: its pages fail SQLite&apos;s quick check (%2); it was left unchanged. Open the latest backup instead</source>
        <translation>%1 bị hỏng: các trang dữ liệu không qua được bước kiểm tra nhanh của SQLite (%2); tệp được giữ nguyên. Hãy mở bản sao lưu gần nhất</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>không tạo được %1: %2</translation>
    </message>
    <message>
        <source>every user of this computer can read %1: make it private to its owner (chmod 600)</source>
        <translation>mọi người dùng của máy tính này đều đọc được %1: hãy đặt tệp chỉ chủ sở hữu được đọc (chmod 600)</translation>
    </message>
    <message>
        <source>the users of the group %1 can read %2: make it private to its owner (chmod 600) unless they should</source>
        <translation>người dùng thuộc nhóm %1 đọc được %2: hãy đặt tệp chỉ chủ sở hữu được đọc (chmod 600), trừ khi họ cần đọc tệp này</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); it was left unchanged</source>
        <translation>%1 bị hỏng và không đọc được (%2); tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>%1 was written by an older LoanDesk and must be brought up to date, but it can only be read here (the file or its folder cannot be written); it was left unchanged</source>
        <translation>%1 được ghi bởi phiên bản LoanDesk cũ hơn và cần được cập nhật, nhưng tại đây tệp chỉ đọc được (không ghi được vào tệp hoặc thư mục chứa tệp); tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation>đọc danh sách người dùng</translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation>đọc thông tin người dùng</translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation>thêm người dùng</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>đổi mật khẩu</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>đổi vai trò</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>ghi nhận lần đăng nhập</translation>
    </message>
    <message>
        <source>listing the borrowers of loans</source>
        <translation>liệt kê khách hàng vay của các khế ước</translation>
    </message>
    <message>
        <source>listing the borrowers</source>
        <translation>liệt kê khách hàng vay</translation>
    </message>
    <message>
        <source>updating the figures of a loan</source>
        <translation>cập nhật số liệu của món vay</translation>
    </message>
    <message>
        <source>reading the figures of the loans</source>
        <translation>đọc số liệu của các khế ước</translation>
    </message>
    <message>
        <source>reading the version of the kept figures</source>
        <translation>đọc phiên bản của số liệu lưu sẵn</translation>
    </message>
    <message>
        <source>recording the version of the kept figures</source>
        <translation>ghi phiên bản của số liệu lưu sẵn</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>không tạo được thư mục tạm: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <source>LoanDesk cannot open this database</source>
        <translation>LoanDesk không mở được cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Keep the current database</source>
        <translation>Giữ cơ sở dữ liệu đang dùng</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not a LoanDesk database.</source>
        <translation>%1 không phải là cơ sở dữ liệu LoanDesk.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of LoanDesk.</source>
        <translation>%1 được tạo bằng phiên bản LoanDesk mới hơn.</translation>
    </message>
    <message>
        <source>%1 is in use by another program.</source>
        <translation>%1 đang được chương trình khác sử dụng.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 đã tồn tại.</translation>
    </message>
    <message>
        <source>A new database cannot be created at %1.</source>
        <translation>Không tạo được cơ sở dữ liệu mới tại %1.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used.</source>
        <translation>%1 bị hỏng và không dùng được.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted, or it is on a drive that is not connected. Open another database, or create a new one.</source>
        <translation>Có thể tệp đã bị chuyển đi, đổi tên hoặc xóa, hoặc tệp nằm trên ổ đĩa chưa được kết nối. Hãy mở cơ sở dữ liệu khác, hoặc tạo cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>This computer&apos;s account is not allowed to read it, or it is not a file. Ask whoever looks after the computer to give you access, or open another database.</source>
        <translation>Tài khoản trên máy tính này không có quyền đọc tệp, hoặc đây không phải là tệp. Hãy nhờ người quản lý máy tính cấp quyền truy cập, hoặc mở cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>It is another kind of file, or a database of another program. LoanDesk has not changed it. Open a LoanDesk database (usually a .loandesk file), or create a new one.</source>
        <translation>Đây là loại tệp khác, hoặc là cơ sở dữ liệu của chương trình khác. LoanDesk không thay đổi tệp này. Hãy mở một cơ sở dữ liệu LoanDesk (thường là tệp .loandesk), hoặc tạo cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>This version of LoanDesk cannot read it, and has not changed it. Install the newer LoanDesk on this computer, or open another database.</source>
        <translation>Phiên bản LoanDesk này không đọc được tệp và không thay đổi tệp. Hãy cài phiên bản LoanDesk mới hơn trên máy tính này, hoặc mở cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>Another program is writing to it. Wait until it has finished and try again, or open another database.</source>
        <translation>Một chương trình khác đang ghi vào tệp. Hãy chờ chương trình đó ghi xong rồi thử lại, hoặc mở cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>A new database is never written over an existing file. Choose another name for the new database, or open the existing file.</source>
        <translation>Cơ sở dữ liệu mới không bao giờ được ghi đè lên tệp đã có. Hãy chọn tên khác cho cơ sở dữ liệu mới, hoặc mở tệp đã có.</translation>
    </message>
    <message>
        <source>The folder may be read-only or the disk full. Choose another folder, such as your Documents folder.</source>
        <translation>Có thể thư mục chỉ cho phép đọc hoặc ổ đĩa đã đầy. Hãy chọn thư mục khác, ví dụ thư mục Tài liệu (Documents).</translation>
    </message>
    <message>
        <source>The file looks like a LoanDesk database, but it could not be opened; it may have been damaged by a failing disk or an interrupted copy. Open your latest backup (made with File → Backup…), or create a new database and import the portfolio again.</source>
        <translation>Tệp có vẻ là cơ sở dữ liệu LoanDesk nhưng không mở được; có thể tệp đã bị hỏng do ổ đĩa bị lỗi hoặc do sao chép bị gián đoạn. Hãy mở bản sao lưu gần nhất (tạo bằng Tệp → Sao lưu…), hoặc tạo cơ sở dữ liệu mới rồi nhập lại danh mục cho vay.</translation>
    </message>
    <message>
        <source>%1 can only be read here, and it must first be brought up to date.</source>
        <translation>%1 chỉ đọc được trên máy tính này, nhưng cần được cập nhật trước khi sử dụng.</translation>
    </message>
    <message>
        <source>It was made by an older LoanDesk. Opening it once where it can be written brings it up to date; LoanDesk has not changed it. Ask whoever looks after the computer for write access, or open another database.</source>
        <translation>Tệp được tạo bằng phiên bản LoanDesk cũ hơn. Chỉ cần mở tệp một lần ở nơi có quyền ghi là tệp sẽ được cập nhật; LoanDesk không thay đổi tệp này. Hãy nhờ người quản lý máy tính cấp quyền ghi, hoặc mở cơ sở dữ liệu khác.</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <source>&amp;Entry</source>
        <translation>Nhậ&amp;p liệu</translation>
    </message>
    <message>
        <source>New &amp;commune…</source>
        <translation>Thêm &amp;xã, phường…</translation>
    </message>
    <message>
        <source>Registers a commune (xã, phường) with its GSO code</source>
        <translation>Thêm một xã, phường kèm mã đơn vị hành chính (mã của Tổng cục Thống kê)</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Danh sách tổ tiết kiệm và vay vốn…</translation>
    </message>
    <message>
        <source>The register of savings-and-loan groups: find, register and edit a group</source>
        <translation>Danh sách tổ tiết kiệm và vay vốn: tìm, thêm và sửa thông tin tổ</translation>
    </message>
    <message>
        <source>New &amp;borrower…</source>
        <translation>Thêm &amp;khách hàng…</translation>
    </message>
    <message>
        <source>Registers a household or an organisation</source>
        <translation>Thêm khách hàng là hộ gia đình hoặc tổ chức</translation>
    </message>
    <message>
        <source>New &amp;loan…</source>
        <translation>Thêm &amp;món vay…</translation>
    </message>
    <message>
        <source>Disburses a loan with its repayment schedule</source>
        <translation>Giải ngân một món vay kèm lịch trả nợ</translation>
    </message>
    <message>
        <source>&amp;Repayment…</source>
        <translation>Ghi &amp;trả nợ…</translation>
    </message>
    <message>
        <source>Posts a repayment of principal and interest on one loan</source>
        <translation>Ghi một lần trả nợ gốc và lãi của một món vay</translation>
    </message>
    <message>
        <source>Commune &amp;transaction day…</source>
        <translation>&amp;Ngày giao dịch tại điểm giao dịch xã…</translation>
    </message>
    <message>
        <source>The grid of a commune&apos;s groups and members for the monthly transaction day, and its collection list to print</source>
        <translation>Bảng các tổ và tổ viên của một xã cho ngày giao dịch hằng tháng, kèm danh sách thu nợ, thu lãi, tiền gửi để in</translation>
    </message>
</context>
<context>
    <name>FigureUpdater</name>
    <message>
        <source>the figures of loan %1 in %2 would change, and %2 is closed; post a reversal dated in an open month instead</source>
        <translation>số liệu của món vay %1 trong tháng %2 sẽ thay đổi, nhưng tháng %2 đã chốt số liệu; hãy ghi bút toán đảo có ngày trong một tháng chưa chốt</translation>
    </message>
    <message>
        <source>the savings of group %1 at the end of %2 would change, and %2 is closed; post a reversal dated in an open month instead</source>
        <translation>tiền gửi của tổ %1 cuối tháng %2 sẽ thay đổi, nhưng tháng %2 đã chốt số liệu; hãy ghi bút toán đảo có ngày trong một tháng chưa chốt</translation>
    </message>
    <message>
        <source>the figures of borrower %1 were taken out and not put back</source>
        <translation>số liệu của khách hàng %1 đã được rút ra mà chưa được ghi lại</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>LoanDesk databases (*.loandesk *.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu LoanDesk (*.loandesk *.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Open a LoanDesk database</source>
        <translation>Mở cơ sở dữ liệu LoanDesk</translation>
    </message>
    <message>
        <source>New LoanDesk database</source>
        <translation>Tạo cơ sở dữ liệu LoanDesk mới</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>du-lieu-cho-vay</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>Nhập dữ liệu từ thư mục tệp CSV</translation>
    </message>
    <message>
        <source>Export the portfolio into a folder</source>
        <translation>Xuất danh mục cho vay ra thư mục</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group %1</source>
        <translation>Sửa tổ %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Thêm tổ</translation>
    </message>
    <message>
        <source>e.g. T0012</source>
        <translation>ví dụ T0012</translation>
    </message>
    <message>
        <source>e.g. Tổ HPN thôn 3</source>
        <translation>ví dụ Tổ HPN thôn 3</translation>
    </message>
    <message>
        <source>A group&apos;s code never changes.</source>
        <translation>Mã tổ không bao giờ thay đổi.</translation>
    </message>
    <message>
        <source>This group has had members, whose figures are counted under its commune and organisation: they cannot change. Register a new group and move the members to it instead.</source>
        <translation>Tổ này đã có tổ viên, số liệu của họ được tính vào xã, phường và hội đoàn thể của tổ: không thể thay đổi các thông tin này. Hãy thêm tổ mới và chuyển tổ viên sang tổ mới.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã tổ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên tổ:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>&amp;Xã, phường:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Hội đoàn thể:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Thô&amp;n, xóm:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>Tổ t&amp;rưởng:</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>Ngày thành &amp;lập:</translation>
    </message>
    <message>
        <source>Choose the group&apos;s commune.</source>
        <translation>Hãy chọn xã, phường của tổ.</translation>
    </message>
    <message>
        <source>Choose the organisation that runs the group.</source>
        <translation>Hãy chọn hội đoàn thể quản lý tổ.</translation>
    </message>
    <message>
        <source>New comm&amp;une…</source>
        <translation>Thêm xã, &amp;phường…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Reads the group again as it is stored now; what you typed is dropped.</source>
        <translation>Đọc lại thông tin tổ đang được lưu; nội dung vừa nhập sẽ bị hủy.</translation>
    </message>
</context>
<context>
    <name>GroupRegisterDialog</name>
    <message>
        <source>Groups</source>
        <translation>Tổ TK&amp;VV</translation>
    </message>
</context>
<context>
    <name>GroupRegisterModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Tổ TK&amp;VV</translation>
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
        <source>Village</source>
        <translation>Thôn, xóm</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>Số tổ viên hiện nay</translation>
    </message>
</context>
<context>
    <name>GroupRegisterView</name>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Thêm tổ…</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Sửa tổ…</translation>
    </message>
    <message>
        <source>Search by name, code, commune, village or leader…</source>
        <translation>Tìm theo tên, mã, xã, thôn hoặc tổ trưởng…</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Không đọc được danh sách tổ: %1</translation>
    </message>
    <message>
        <source>%1 of %2 groups shown</source>
        <translation>Đang hiện %1 / %2 tổ</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Remove this restriction and show the changes of every record</source>
        <translation>Bỏ điều kiện lọc này và hiện thay đổi của mọi đối tượng</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <source>Only changes made on or after this day (local time)</source>
        <translation>Chỉ những thay đổi thực hiện từ ngày này trở về sau (theo giờ địa phương)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đến ngà&amp;y</translation>
    </message>
    <message>
        <source>Only changes made on or before this day (local time)</source>
        <translation>Chỉ những thay đổi thực hiện đến hết ngày này (theo giờ địa phương)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Người &amp;dùng:</translation>
    </message>
    <message>
        <source>Only the changes made by this user</source>
        <translation>Chỉ những thay đổi do người dùng này thực hiện</translation>
    </message>
    <message>
        <source>Record: loan, entry no., borrower, month…</source>
        <translation>Đối tượng: món vay, số bút toán, khách hàng, tháng…</translation>
    </message>
    <message>
        <source>Part of a record&apos;s key (a loan number, an entry number, a borrower&apos;s code, a month as 2023-08) or its kind (loan, repayment, savings, month, import)</source>
        <translation>Một phần mã của đối tượng (số món vay, số bút toán, mã khách hàng, tháng viết dạng 2023-08) hoặc loại đối tượng, viết bằng tiếng Anh: loan (món vay), repayment (trả nợ), savings (tiền gửi), month (tháng), import (nhập dữ liệu)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tất cả người dùng</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Newest first   ·   times are the local time of the computer that made the change</source>
        <translation>Mới nhất ở trên   ·   thời điểm theo giờ địa phương của máy tính đã thực hiện thay đổi</translation>
    </message>
    <message>
        <source>Double-click a change of a borrower&apos;s records to open the ledger.</source>
        <translation>Nhấp đúp vào một thay đổi liên quan đến khách hàng để mở sổ chi tiết.</translation>
    </message>
    <message>
        <source>Borrower %1</source>
        <translation>Khách hàng %1</translation>
    </message>
    <message>
        <source>Borrower %1 · %2</source>
        <translation>Khách hàng %1 · %2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Đang đọc lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Không đọc được lịch sử thay đổi: %1</translation>
    </message>
    <message>
        <source>No change recorded matches the filter</source>
        <translation>Không có thay đổi nào khớp với bộ lọc</translation>
    </message>
    <message>
        <source>The newest %1 changes shown: narrow the filter to see older ones</source>
        <translation>Đang hiện %1 thay đổi mới nhất: hãy thu hẹp bộ lọc để xem các thay đổi cũ hơn</translation>
    </message>
    <message>
        <source>Changes shown: %1</source>
        <translation>Số thay đổi đang hiện: %1</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>The import was refused</source>
        <translation>Không nhập được dữ liệu</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was written: the database is as it was.&lt;/b&gt;&lt;br&gt;The folder %1 has %n problem(s). Correct them in the files (each line says FILE:LINE: column: what is wrong) and import the folder again.</source>
        <translation>
            <numerusform>&lt;b&gt;Không có dữ liệu nào được ghi: cơ sở dữ liệu vẫn giữ nguyên.&lt;/b&gt;&lt;br&gt;Thư mục %1 có %n lỗi. Hãy sửa các lỗi này trong tệp (mỗi dòng ghi TỆP:DÒNG: cột: nội dung lỗi) rồi nhập lại dữ liệu từ thư mục này.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Sao chép danh sách</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>the import stopped unexpectedly</source>
        <translation>việc nhập dữ liệu bị dừng bất thường</translation>
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
        <source>%1 is not an entry number: write a whole number from 1 up</source>
        <translation>%1 không phải là số bút toán: hãy viết một số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <source>cancelled: nothing was written</source>
        <translation>đã hủy: không có dữ liệu nào được ghi</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <source>cannot write the temporary file %1: %2</source>
        <translation>không ghi được tệp tạm %1: %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file of the import</source>
        <translation>không ghi được một tệp tạm của lần nhập</translation>
    </message>
    <message>
        <source>cannot read the temporary file %1: %2</source>
        <translation>không đọc được tệp tạm %1: %2</translation>
    </message>
    <message>
        <source>the temporary file %1 is damaged</source>
        <translation>tệp tạm %1 bị hỏng</translation>
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
    <name>LoanAdvice</name>
    <message>
        <source>there is no loan %1</source>
        <translation>không có món vay %1</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>&amp;Borrower:</source>
        <translation>&amp;Khách hàng:</translation>
    </message>
    <message>
        <source>Loan &amp;number:</source>
        <translation>&amp;Số món vay:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>&amp;Amount (đồng):</source>
        <translation>Số &amp;tiền (đồng):</translation>
    </message>
    <message>
        <source>&amp;Disbursed on:</source>
        <translation>Ngày &amp;giải ngân:</translation>
    </message>
    <message>
        <source>&amp;Term (months):</source>
        <translation>Thời &amp;hạn (tháng):</translation>
    </message>
    <message>
        <source>&amp;Matures on:</source>
        <translation>Ngày đến hạ&amp;n:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Mục đích sử dụng vốn:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Lịch trả nợ:</translation>
    </message>
    <message>
        <source>New loan</source>
        <translation>Giải ngân món vay mới</translation>
    </message>
    <message>
        <source>Type part of a name, customer code or ID number</source>
        <translation>Nhập một phần họ tên, mã khách hàng hoặc số CCCD/CMND</translation>
    </message>
    <message>
        <source>The next free number is proposed; you may change it</source>
        <translation>Chương trình đề xuất số còn trống tiếp theo; có thể sửa lại</translation>
    </message>
    <message>
        <source>The maturity date follows the term; a date typed there sets the term</source>
        <translation>Ngày đến hạn tính theo thời hạn; nhập ngày đến hạn thì thời hạn tính theo ngày đó</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation>3 tháng một kỳ</translation>
    </message>
    <message>
        <source>Every 6 months</source>
        <translation>6 tháng một kỳ</translation>
    </message>
    <message>
        <source>Every 12 months</source>
        <translation>12 tháng một kỳ</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Tự nhập</translation>
    </message>
    <message>
        <source>&amp;Fill the schedule</source>
        <translation>&amp;Phân kỳ trả nợ</translation>
    </message>
    <message>
        <source>Equal installments rounded to the đồng, the remainder on the last one, the last one due on the maturity date</source>
        <translation>Các kỳ bằng nhau làm tròn đến đồng, phần lẻ dồn vào kỳ cuối, kỳ cuối đến hạn vào ngày đến hạn của món vay</translation>
    </message>
    <message>
        <source>Add installment</source>
        <translation>Thêm kỳ trả nợ</translation>
    </message>
    <message>
        <source>Remove installment</source>
        <translation>Xóa kỳ trả nợ</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <source>Principal (đồng)</source>
        <translation>Gốc phải trả (đồng)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Borrower: %1 (%2, ID number %3)</source>
        <translation>Khách hàng: %1 (%2, số CCCD/CMND %3)</translation>
    </message>
    <message>
        <source>No borrower chosen yet.</source>
        <translation>Chưa chọn khách hàng.</translation>
    </message>
    <message>
        <source>No borrower matches what you typed.</source>
        <translation>Không có khách hàng nào khớp với nội dung đã nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%n borrower(s) match: choose one from the list.</source>
        <translation>
            <numerusform>%n khách hàng khớp: hãy chọn một khách hàng trong danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>This program has no terms in force on %1: no loan can be disbursed then.</source>
        <translation>Chương trình này không có điều kiện cho vay áp dụng ngày %1: không thể giải ngân vào ngày đó.</translation>
    </message>
    <message>
        <source>Terms in force on %1 (from %2): rate %3 % a month, at most %4 đồng, at most %5 months.</source>
        <translation>Điều kiện áp dụng ngày %1 (từ ngày %2): lãi suất %3 %/tháng, tối đa %4 đồng, tối đa %5 tháng.</translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s), total %1 đồng; difference from the amount: %2 đồng</source>
        <translation>
            <numerusform>%n kỳ trả nợ, tổng cộng %1 đồng; chênh lệch so với số tiền vay: %2 đồng</numerusform>
        </translation>
    </message>
    <message>
        <source>Without installments the whole amount is due on the maturity date</source>
        <translation>Không phân kỳ thì toàn bộ số tiền vay đến hạn vào ngày đến hạn</translation>
    </message>
    <message>
        <source>Cannot save yet: the installments add up to %1 đồng, not to the amount %2 đồng.</source>
        <translation>Chưa lưu được: tổng các kỳ trả nợ là %1 đồng, không bằng số tiền vay %2 đồng.</translation>
    </message>
    <message>
        <source>This household already owes %1 đồng in this program on %2 (%3).</source>
        <translation>Hộ này đang có dư nợ %1 đồng ở chương trình này tại ngày %2 (%3).</translation>
    </message>
    <message>
        <source>With this loan the household would owe %1 đồng in all, more than %2 đồng (now %3 đồng in %4).</source>
        <translation>Với món vay này, tổng dư nợ của hộ sẽ là %1 đồng, vượt mức %2 đồng (hiện tại %3 đồng ở %4).</translation>
    </message>
    <message>
        <source>Please check before saving:</source>
        <translation>Hãy kiểm tra trước khi lưu:</translation>
    </message>
    <message>
        <source>Choose the borrower: type part of the name, code or ID number and pick one from the list.</source>
        <translation>Hãy chọn khách hàng: nhập một phần họ tên, mã hoặc số CCCD/CMND rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Give the loan a number.</source>
        <translation>Hãy nhập số món vay.</translation>
    </message>
    <message>
        <source>Type the amount disbursed.</source>
        <translation>Hãy nhập số tiền giải ngân.</translation>
    </message>
    <message>
        <source>The installments add up to %1 đồng, not to the amount %2 đồng: change an installment by %3 đồng or fill the schedule again.</source>
        <translation>Tổng các kỳ trả nợ là %1 đồng, không bằng số tiền vay %2 đồng: hãy sửa một kỳ thêm %3 đồng hoặc phân kỳ trả nợ lại.</translation>
    </message>
    <message>
        <source>There is no loan %1.</source>
        <translation>Không có món vay %1.</translation>
    </message>
    <message>
        <source>Correct loan %1</source>
        <translation>Sửa món vay %1</translation>
    </message>
    <message>
        <source>A loan&apos;s number never changes.</source>
        <translation>Số món vay không bao giờ thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Reads the loan again as it is stored now; what you typed is dropped.</source>
        <translation>Đọc lại thông tin món vay đang được lưu; nội dung vừa nhập sẽ bị hủy.</translation>
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
        <translation>Hộ&amp;i đoàn thể:</translation>
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
    <message>
        <source>Mo&amp;nth</source>
        <translation>T&amp;háng</translation>
    </message>
    <message>
        <source>&amp;Close the month…</source>
        <translation>&amp;Chốt số liệu tháng…</translation>
    </message>
    <message>
        <source>&amp;Reopen the month…</source>
        <translation>&amp;Mở lại tháng…</translation>
    </message>
    <message>
        <source>&amp;History of changes</source>
        <translation>&amp;Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>Tháng %1 đã chốt số liệu</translation>
    </message>
    <message>
        <source>The figures of a closed month are final.</source>
        <translation>Số liệu của tháng đã chốt là số liệu chính thức.</translation>
    </message>
    <message>
        <source>%1 is open: provisional figures</source>
        <translation>Tháng %1 chưa chốt: số liệu tạm tính</translation>
    </message>
    <message>
        <source>The month is not closed: its figures can still change (Month menu to close it).</source>
        <translation>Tháng chưa chốt số liệu: số liệu vẫn có thể thay đổi (chốt số liệu ở menu Tháng).</translation>
    </message>
    <message>
        <source>Months closed up to %1</source>
        <translation>Đã chốt số liệu đến tháng %1</translation>
    </message>
    <message>
        <source>No month is closed yet</source>
        <translation>Chưa chốt số liệu tháng nào</translation>
    </message>
    <message>
        <source>&amp;Close %1…</source>
        <translation>&amp;Chốt số liệu tháng %1…</translation>
    </message>
    <message>
        <source>&amp;Close the next month…</source>
        <translation>&amp;Chốt số liệu tháng tiếp theo…</translation>
    </message>
    <message>
        <source>There is no data yet, so no month to close.</source>
        <translation>Chưa có số liệu nên chưa có tháng nào để chốt.</translation>
    </message>
    <message>
        <source>Every month with data is closed, up to %1.</source>
        <translation>Mọi tháng có số liệu đều đã được chốt, đến tháng %1.</translation>
    </message>
    <message>
        <source>%1 is not over yet: it can be closed from %2.</source>
        <translation>Tháng %1 chưa kết thúc: có thể chốt số liệu từ ngày %2.</translation>
    </message>
    <message>
        <source>Checks the portfolio, then closes %1: afterwards nothing dated on or before %2 can be posted, reversed or changed.</source>
        <translation>Kiểm tra danh mục cho vay rồi chốt số liệu tháng %1: sau đó không thể ghi, đảo hay sửa bất cứ gì có ngày từ %2 trở về trước.</translation>
    </message>
    <message>
        <source>&amp;Reopen the latest closed month…</source>
        <translation>&amp;Mở lại tháng đã chốt gần nhất…</translation>
    </message>
    <message>
        <source>No month is closed.</source>
        <translation>Chưa có tháng nào được chốt số liệu.</translation>
    </message>
    <message>
        <source>&amp;Reopen %1…</source>
        <translation>&amp;Mở lại tháng %1…</translation>
    </message>
    <message>
        <source>Reopens %1, the latest closed month, giving a reason: its figures become provisional again.</source>
        <translation>Mở lại tháng %1, tháng đã chốt gần nhất, kèm theo lý do: số liệu của tháng trở lại là số liệu tạm tính.</translation>
    </message>
    <message>
        <source>Reading the totals of %1…</source>
        <translation>Đang đọc số liệu tổng hợp tháng %1…</translation>
    </message>
    <message>
        <source>%1 was not closed</source>
        <translation>Chưa chốt được số liệu tháng %1</translation>
    </message>
    <message>
        <source>Closing %1: checking the portfolio…</source>
        <translation>Đang chốt số liệu tháng %1: đang kiểm tra danh mục cho vay…</translation>
    </message>
    <message>
        <source>Reopening %1…</source>
        <translation>Đang mở lại tháng %1…</translation>
    </message>
    <message>
        <source>%1 was not reopened</source>
        <translation>Chưa mở lại được tháng %1</translation>
    </message>
    <message>
        <source>Print dashboard…</source>
        <translation>&amp;In trang tổng quan…</translation>
    </message>
    <message>
        <source>Save dashboard as PDF…</source>
        <translation>Lưu trang tổng quan thành &amp;PDF…</translation>
    </message>
    <message>
        <source>LoanDesk — %1 — DEMONSTRATION DATA</source>
        <extracomment>The window title of a database holding the demonstration portfolio.</extracomment>
        <translation>LoanDesk — %1 — DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <source>DEMONSTRATION DATA — not real figures. This database was made by LoanDesk to show how it works; its reports must not be used or sent.</source>
        <extracomment>The bar over every page of a database holding the demonstration portfolio: Vietnamese &quot;DỮ LIỆU MẪU — không phải số liệu thật&quot;.</extracomment>
        <translation>DỮ LIỆU MẪU — không phải số liệu thật. Cơ sở dữ liệu này do LoanDesk tạo ra để giới thiệu cách dùng chương trình; không được sử dụng hay gửi các báo cáo lập từ dữ liệu này.</translation>
    </message>
    <message>
        <source>The database holds no loans yet: import a portfolio with File → Import CSV folder…, or enter it with the Entry menu.</source>
        <translation>Cơ sở dữ liệu chưa có món vay nào: hãy nhập dữ liệu bằng Tệp → Nhập dữ liệu từ thư mục CSV…, hoặc nhập tay bằng menu Nhập liệu.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Creates an empty LoanDesk database and shows it</source>
        <translation>Tạo một cơ sở dữ liệu LoanDesk trống và mở cơ sở dữ liệu đó</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Opens another LoanDesk database</source>
        <translation>Mở một cơ sở dữ liệu LoanDesk khác</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Import CSV folder…</source>
        <translation>&amp;Nhập dữ liệu từ thư mục CSV…</translation>
    </message>
    <message>
        <source>Adds the portfolio of a folder of CSV files to this database; nothing is written unless every row is right</source>
        <translation>Thêm danh mục cho vay từ một thư mục tệp CSV vào cơ sở dữ liệu này; chỉ ghi khi tất cả các dòng đều đúng</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất dữ liệu…</translation>
    </message>
    <message>
        <source>Writes the whole portfolio as CSV files into a folder</source>
        <translation>Ghi toàn bộ danh mục cho vay thành các tệp CSV vào một thư mục</translation>
    </message>
    <message>
        <source>Writes a complete copy of this database to another file</source>
        <translation>Ghi một bản sao đầy đủ của cơ sở dữ liệu này ra tệp khác</translation>
    </message>
    <message>
        <source>No recent database</source>
        <translation>Chưa có cơ sở dữ liệu nào mở gần đây</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập dữ liệu từ %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import CSV folder</source>
        <translation>Nhập dữ liệu từ thư mục CSV</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>Đang hủy: sẽ không ghi dữ liệu nào…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong dữ liệu</translation>
    </message>
    <message>
        <source>The folder %1 was imported.</source>
        <translation>Đã nhập dữ liệu từ thư mục %1.</translation>
    </message>
    <message>
        <source>Added: %1 communes, %2 groups, %3 borrowers, %4 moves, %5 loans with %6 installments, %7 repayments and %8 savings entries.</source>
        <translation>Đã thêm: %1 xã, %2 tổ, %3 khách hàng, %4 lần chuyển tổ/xã, %5 món vay với %6 kỳ trả nợ, %7 lần trả nợ và %8 giao dịch tiền gửi.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Đã nhập dữ liệu từ %1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập dữ liệu</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Đã hủy nhập dữ liệu: không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Nhập dữ liệu không thành công</translation>
    </message>
    <message>
        <source>The folder %1 could not be imported: nothing was written.</source>
        <translation>Không nhập được dữ liệu từ thư mục %1: không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất dữ liệu ra %1…</translation>
    </message>
    <message>
        <source>The portfolio was exported to %1</source>
        <translation>Đã xuất danh mục cho vay ra %1</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Xuất dữ liệu không thành công</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>Bản sao lưu không được ghi đè lên chính cơ sở dữ liệu đang được sao lưu.</translation>
    </message>
    <message>
        <source>same file</source>
        <translation>trùng tệp</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Đang sao lưu vào %1…</translation>
    </message>
    <message>
        <source>The database was backed up to %1</source>
        <translation>Đã sao lưu cơ sở dữ liệu vào %1</translation>
    </message>
    <message>
        <source>The database was changed by another program: the figures were read again</source>
        <translation>Cơ sở dữ liệu vừa được chương trình khác thay đổi: đã đọc lại số liệu</translation>
    </message>
    <message>
        <source>READ-ONLY — this file or its folder cannot be written here, so LoanDesk shows its figures but offers no entry, import, closing or other change.</source>
        <translation>CHỈ ĐỌC — trên máy tính này không ghi được vào tệp hoặc thư mục chứa tệp, nên LoanDesk chỉ hiển thị số liệu, không cho nhập liệu, nhập dữ liệu từ CSV, chốt số liệu hay thực hiện thay đổi nào khác.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Replaces this database by a backup, after showing what the backup holds; the database as it is now is kept as a backup first</source>
        <translation>Thay cơ sở dữ liệu này bằng một bản sao lưu, sau khi cho xem nội dung bản sao lưu; trước đó cơ sở dữ liệu hiện tại được sao lưu lại</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>Cài đặt sao &amp;lưu…</translation>
    </message>
    <message>
        <source>How many automatic backups are kept, and in which folder</source>
        <translation>Số bản sao lưu tự động được giữ lại và thư mục chứa các bản sao lưu</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>Không thể khôi phục bản sao lưu này</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>Khôi phục không thành công</translation>
    </message>
    <message>
        <source>The database was restored from %1; it was kept as it was in %2</source>
        <translation>Đã khôi phục cơ sở dữ liệu từ %1; cơ sở dữ liệu trước khi khôi phục được giữ lại tại %2</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>Sao lưu tự động không thành công</translation>
    </message>
    <message>
        <source>%1

The database itself is unchanged and the earlier backups are kept. Keep LoanDesk open to make a backup with File → Back up now…, or close it without today&apos;s backup.</source>
        <translation>%1

Bản thân cơ sở dữ liệu không thay đổi và các bản sao lưu trước vẫn được giữ. Hãy để LoanDesk mở để sao lưu bằng Tệp → Sao lưu ngay…, hoặc đóng mà không có bản sao lưu hôm nay.</translation>
    </message>
    <message>
        <source>Close without a backup</source>
        <translation>Đóng mà không sao lưu</translation>
    </message>
    <message>
        <source>Keep LoanDesk open</source>
        <translation>Để LoanDesk mở</translation>
    </message>
    <message>
        <source>Reading the backup %1…</source>
        <translation>Đang đọc bản sao lưu %1…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Đang khôi phục từ %1…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>MoveBorrowerDialog</name>
    <message>
        <source>Move borrower %1</source>
        <translation>Chuyển tổ/xã cho khách hàng %1</translation>
    </message>
    <message>
        <source>%1 belongs today to %2.</source>
        <translation>%1 hiện thuộc %2.</translation>
    </message>
    <message>
        <source>From this date the borrower&apos;s loans and savings count under the new membership; the figures of earlier months do not change. The date must be in an open month.</source>
        <translation>Từ ngày này, món vay và tiền gửi của khách hàng được tính vào tổ/xã mới; số liệu các tháng trước không thay đổi. Ngày chuyển phải thuộc tháng chưa chốt số liệu.</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <source>Move &amp;on:</source>
        <translation>Chuyển từ &amp;ngày:</translation>
    </message>
    <message>
        <source>To &amp;group:</source>
        <translation>Đến &amp;tổ:</translation>
    </message>
    <message>
        <source>To &amp;commune:</source>
        <translation>Đến &amp;xã, phường:</translation>
    </message>
    <message>
        <source>Choose the group the borrower moves to.</source>
        <translation>Hãy chọn tổ chuyển đến.</translation>
    </message>
    <message>
        <source>Choose the commune the borrower moves to.</source>
        <translation>Hãy chọn xã, phường chuyển đến.</translation>
    </message>
</context>
<context>
    <name>PageExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Không dùng được máy in.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>In ngày %1</translation>
    </message>
</context>
<context>
    <name>PagePainter</name>
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
    <name>PasswordHash</name>
    <message>
        <source>the password library (libsodium) could not start</source>
        <translation>không khởi động được thư viện mật khẩu (libsodium)</translation>
    </message>
    <message>
        <source>not enough memory to protect the password</source>
        <translation>không đủ bộ nhớ để bảo vệ mật khẩu</translation>
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
        <source>savings of %1</source>
        <translation>tiền gửi của %1</translation>
    </message>
    <message>
        <source>group %1: the kept savings balances differ from its members&apos; entries</source>
        <translation>tổ %1: số dư tiền gửi đã lưu khác với giao dịch của tổ viên</translation>
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
    <message>
        <source>move of %1 on %2</source>
        <translation>lần chuyển tổ/xã của %1 ngày %2</translation>
    </message>
    <message>
        <source>moves of %1</source>
        <translation>các lần chuyển tổ/xã của %1</translation>
    </message>
    <message>
        <source>repayment no. %1 of %2 on %3</source>
        <translation>bút toán trả nợ số %1 của %2 ngày %3</translation>
    </message>
    <message>
        <source>savings entry no. %1 of %2 on %3</source>
        <translation>giao dịch tiền gửi số %1 của %2 ngày %3</translation>
    </message>
    <message>
        <source>rules of the portfolio: %1 communes, %2 groups, %3 borrowers, %4 moves, %5 loans, %6 installments, %7 repayments and reversals, %8 savings entries and reversals: %9</source>
        <translation>quy tắc của danh mục: %1 xã, %2 tổ, %3 khách hàng, %4 lần chuyển tổ/xã, %5 món vay, %6 kỳ trả nợ, %7 lần trả nợ và bút toán đảo, %8 giao dịch tiền gửi và bút toán đảo: %9</translation>
    </message>
    <message>
        <source>the kept count of records per day differs from the records</source>
        <translation>số bản ghi theo từng ngày đã lưu khác với dữ liệu thực tế</translation>
    </message>
    <message>
        <source>closed month %1 does not follow the months with data in order</source>
        <translation>tháng đã chốt %1 không nối tiếp đúng thứ tự các tháng có số liệu</translation>
    </message>
    <message>
        <source>months with data %1, closed months %2: %3</source>
        <translation>các tháng có số liệu %1, các tháng đã chốt %2: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>kept savings balances of %1 groups against their members&apos; entries: %2</source>
        <translation>số dư tiết kiệm lưu sẵn của %1 tổ so với các bút toán của tổ viên: %2</translation>
    </message>
    <message>
        <source>every month from %1</source>
        <translation>mọi tháng từ %1</translation>
    </message>
    <message>
        <source>month totals of %1 (program %2, commune %3, organisation %4) differ from the loans&apos; figures</source>
        <translation>tổng số tháng %1 (chương trình %2, xã %3, hội đoàn thể %4) khác với số liệu của các khế ước</translation>
    </message>
    <message>
        <source>month totals of %1 (commune %2, group %3) differ from the loans&apos; figures</source>
        <translation>tổng số tháng %1 (xã %2, tổ %3) khác với số liệu của các khế ước</translation>
    </message>
    <message>
        <source>kept month totals of %1 months, programs, communes, organisations and groups: %2</source>
        <translation>tổng số tháng lưu sẵn của %1 ô theo tháng, chương trình, xã, hội đoàn thể và tổ: %2</translation>
    </message>
    <message>
        <source>loan %1: the kept horizon of its figures differs from its facts</source>
        <translation>khế ước %1: kỳ hạn số liệu lưu sẵn khác với dữ liệu gốc</translation>
    </message>
    <message>
        <source>month totals of %1 (%2) do not hold together: end = start + disbursed − collected principal, nothing moves in a carried cell, no more borrowers than loans</source>
        <translation>tổng số tháng %1 (%2) không khớp: cuối kỳ = đầu kỳ + doanh số cho vay − thu nợ gốc, ô chuyển tiếp không có phát sinh, số hộ vay không quá số món vay</translation>
    </message>
    <message>
        <source>month totals of %1 (commune %2, organisation %3) differ from the loans&apos; figures</source>
        <translation>tổng số tháng %1 (xã %2, hội đoàn thể %3) khác với số liệu của các khế ước</translation>
    </message>
</context>
<context>
    <name>PortfolioService</name>
    <message>
        <source>there is no repayment no. %1</source>
        <translation>không có bút toán trả nợ số %1</translation>
    </message>
    <message>
        <source>there is no savings entry no. %1</source>
        <translation>không có giao dịch tiền gửi số %1</translation>
    </message>
    <message>
        <source>there is no commune %1</source>
        <translation>không có xã, phường %1</translation>
    </message>
    <message>
        <source>there is no group %1</source>
        <translation>không có tổ %1</translation>
    </message>
    <message>
        <source>group %1 has members, whose figures are counted under its commune and organisation; they cannot change</source>
        <translation>tổ %1 đã có tổ viên, số liệu của họ được tính vào xã, phường và hội đoàn thể của tổ; không thể thay đổi xã, phường hay hội đoàn thể của tổ</translation>
    </message>
    <message>
        <source>there is no borrower %1</source>
        <translation>không có khách hàng %1</translation>
    </message>
    <message>
        <source>%1 is the ID number of borrower %2</source>
        <translation>%1 đã là số giấy tờ tùy thân của khách hàng %2</translation>
    </message>
    <message>
        <source>%1 has loans, savings or moves: a change of group or commune is a move from a date, not an edit</source>
        <translation>%1 đã có món vay, tiền gửi hoặc lần chuyển tổ/xã: muốn đổi tổ hoặc xã, phường thì ghi một lần chuyển tổ/xã từ một ngày, không sửa trực tiếp</translation>
    </message>
    <message>
        <source>%1 has loans, savings or moves: the kind of borrower cannot change</source>
        <translation>%1 đã có món vay, tiền gửi hoặc lần chuyển tổ/xã: không thể thay đổi loại khách hàng</translation>
    </message>
    <message>
        <source>there is no loan %1</source>
        <translation>không có món vay %1</translation>
    </message>
    <message>
        <source>%1 was disbursed in %2, a closed month: its %3 cannot change; post a reversal dated in an open month instead</source>
        <translation>%1 được giải ngân trong tháng %2 là tháng đã chốt số liệu: không thể thay đổi %3 của món vay này; hãy ghi bút toán đảo có ngày trong một tháng chưa chốt</translation>
    </message>
    <message>
        <source>repayment no. %1 is dated %2, before the disbursement date %3</source>
        <translation>bút toán trả nợ số %1 có ngày %2, trước ngày giải ngân %3</translation>
    </message>
    <message>
        <source>there is no data yet, so no month to close</source>
        <translation>chưa có số liệu nên chưa có tháng nào để chốt</translation>
    </message>
    <message>
        <source>%1 is not a month with data: the data run from %2 to %3</source>
        <translation>tháng %1 không có số liệu: số liệu có từ tháng %2 đến tháng %3</translation>
    </message>
    <message>
        <source>%1 is closed already (months are closed up to %2)</source>
        <translation>tháng %1 đã được chốt số liệu (đã chốt đến tháng %2)</translation>
    </message>
    <message>
        <source>%1 cannot be closed yet: close %2 first (months are closed in order)</source>
        <translation>chưa thể chốt số liệu tháng %1: hãy chốt tháng %2 trước (các tháng được chốt lần lượt theo thứ tự)</translation>
    </message>
    <message>
        <source>%1 is not over yet: it can be closed from %2</source>
        <translation>tháng %1 chưa kết thúc: có thể chốt số liệu từ ngày %2</translation>
    </message>
    <message>
        <source>the portfolio does not pass check (%1 violations, the first: %2); correct it before closing</source>
        <translation>danh mục cho vay chưa đạt kiểm tra (%1 vi phạm, vi phạm đầu tiên: %2); hãy sửa trước khi chốt số liệu</translation>
    </message>
    <message>
        <source>no month is closed</source>
        <translation>chưa có tháng nào được chốt số liệu</translation>
    </message>
    <message>
        <source>only the latest closed month, %1, can be reopened</source>
        <translation>chỉ có thể mở lại tháng đã chốt gần nhất, tức tháng %1</translation>
    </message>
    <message>
        <source>say why the month is reopened</source>
        <translation>hãy ghi lý do mở lại tháng</translation>
    </message>
    <message>
        <source>cancelled: nothing was written</source>
        <translation>đã hủy: không có dữ liệu nào được ghi</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 — reload</source>
        <extracomment>An edit refused because someone else saved the same record after the form read it.</extracomment>
        <translation>%1 đã được %2 sửa lúc %3 — hãy tải lại</translation>
    </message>
    <message>
        <source>%1 was changed by another program — reload</source>
        <translation>%1 đã được chương trình khác sửa — hãy tải lại</translation>
    </message>
    <message>
        <source>Commune %1</source>
        <translation>Xã, phường %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Tổ %1</translation>
    </message>
    <message>
        <source>Borrower %1</source>
        <translation>Khách hàng %1</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>Món vay %1</translation>
    </message>
</context>
<context>
    <name>ProvisionalBanner</name>
    <message>
        <source>Provisional figures</source>
        <extracomment>The banner over a report of a month that is not closed: Vietnamese &quot;SỐ LIỆU TẠM TÍNH&quot;, French &quot;Chiffres provisoires&quot;.</extracomment>
        <translation>SỐ LIỆU TẠM TÍNH</translation>
    </message>
    <message>
        <source>%1 is not closed: these figures can still change</source>
        <extracomment>%1 is a month such as 08/2023.</extracomment>
        <translation>Tháng %1 chưa chốt số liệu: các số liệu này vẫn có thể thay đổi</translation>
    </message>
    <message>
        <source>The figures of a month become final when the month is closed (Month menu). Until then an entry dated in it can still be posted, reversed or corrected.</source>
        <translation>Số liệu của một tháng trở thành chính thức khi tháng đó được chốt (menu Tháng). Trước đó, bút toán có ngày trong tháng vẫn có thể được ghi, đảo hoặc sửa.</translation>
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
    <name>RegisterReader</name>
    <message>
        <source>there is no borrower %1</source>
        <translation>không có khách hàng %1</translation>
    </message>
</context>
<context>
    <name>ReopenMonthDialog</name>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Why is the month reopened? It is recorded in the history.</source>
        <translation>Vì sao mở lại tháng? Lý do được ghi vào lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Mở lại tháng %1</translation>
    </message>
    <message>
        <source>&amp;Reopen %1</source>
        <translation>&amp;Mở lại tháng %1</translation>
    </message>
    <message>
        <source>Reopen the month %1?</source>
        <translation>Mở lại tháng %1?</translation>
    </message>
    <message>
        <source>Once reopened, entries dated from %1 to %2 can again be posted, reversed or changed, and the figures of %3 are provisional until it is closed again: a report already printed for %3 may no longer match. The reopening and its reason are recorded in the history.</source>
        <translation>Sau khi mở lại, các bút toán có ngày từ %1 đến %2 lại có thể được ghi, đảo hoặc sửa, và số liệu tháng %3 là số liệu tạm tính cho đến khi được chốt lại: báo cáo tháng %3 đã in có thể không còn khớp. Việc mở lại tháng và lý do được ghi vào lịch sử thay đổi.</translation>
    </message>
</context>
<context>
    <name>RepaymentDialog</name>
    <message>
        <source>&amp;Loan:</source>
        <translation>&amp;Món vay:</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Ngày t&amp;rả:</translation>
    </message>
    <message>
        <source>&amp;Principal (đồng):</source>
        <translation>Tiền &amp;gốc (đồng):</translation>
    </message>
    <message>
        <source>&amp;Interest (đồng):</source>
        <translation>Tiền &amp;lãi (đồng):</translation>
    </message>
    <message>
        <source>New repayment</source>
        <translation>Ghi trả nợ</translation>
    </message>
    <message>
        <source>New repayment of %1</source>
        <translation>Ghi trả nợ cho món vay %1</translation>
    </message>
    <message>
        <source>Type part of the loan number or the borrower&apos;s name</source>
        <translation>Nhập một phần số món vay hoặc họ tên khách hàng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose the loan.</source>
        <translation>Hãy chọn món vay.</translation>
    </message>
    <message>
        <source>Loan %1 of %2 (%3), program %4, %5 đồng disbursed on %6, matures on %7, rate %8 % a month</source>
        <translation>Món vay %1 của %2 (%3), chương trình %4, giải ngân %5 đồng ngày %6, đến hạn ngày %7, lãi suất %8 %/tháng</translation>
    </message>
    <message>
        <source>Outstanding at the end of %1: %2 đồng (overdue: %3 đồng)</source>
        <translation>Dư nợ đến ngày %1: %2 đồng (nợ quá hạn: %3 đồng)</translation>
    </message>
    <message>
        <source>A proposal, not a figure: type what was actually collected.</source>
        <translation>Đây chỉ là số đề xuất, không phải số liệu: hãy nhập số thực thu.</translation>
    </message>
    <message>
        <source>Principal: %1 đồng due by %2 under the schedule and not yet repaid.</source>
        <translation>Gốc: %1 đồng đến hạn theo lịch trả nợ đến ngày %2 và chưa trả.</translation>
    </message>
    <message>
        <source>Interest: %1 đồng outstanding × %2 % a month × %3 days (since %4) ÷ 30 = %5 đồng, rounded to the đồng.</source>
        <translation>Lãi: dư nợ %1 đồng × %2 %/tháng × %3 ngày (từ ngày %4) ÷ 30 = %5 đồng, làm tròn đến đồng.</translation>
    </message>
    <message>
        <source>Interest: nothing is due on %1.</source>
        <translation>Lãi: không có lãi phải trả ngày %1.</translation>
    </message>
    <message>
        <source>The principal %1 đồng is more than the outstanding balance of %2 đồng on %3.</source>
        <translation>Số gốc %1 đồng lớn hơn dư nợ %2 đồng tại ngày %3.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>there is no data for %1: the database holds no loan yet</source>
        <translation>không có số liệu tháng %1: cơ sở dữ liệu chưa có món vay nào</translation>
    </message>
    <message>
        <source>there is no data for %1: the data end on %2</source>
        <translation>không có số liệu tháng %1: số liệu kết thúc ngày %2</translation>
    </message>
    <message>
        <source>there is no data for %1: the data begin on %2 (the first disbursement) and end on %3</source>
        <translation>không có số liệu tháng %1: số liệu bắt đầu từ ngày %2 (lần giải ngân đầu tiên) và kết thúc ngày %3</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>no month chosen</source>
        <translation>chưa chọn tháng</translation>
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
        <source>These settings are kept in the database, so every computer that opens it and loandesk-cli print the same header. An empty office or place prints the default. Each change is recorded in the history.</source>
        <translation>Các thông tin này được lưu trong cơ sở dữ liệu, nên mọi máy tính mở cơ sở dữ liệu này và loandesk-cli đều in cùng một tiêu đề. Để trống tên đơn vị hoặc địa danh thì in giá trị mặc định. Mỗi lần thay đổi đều được ghi vào lịch sử thay đổi.</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Written:</source>
        <translation>Thời điểm ghi:</translation>
    </message>
    <message>
        <source>Months with data:</source>
        <translation>Các tháng có số liệu:</translation>
    </message>
    <message>
        <source>Total outstanding:</source>
        <translation>Tổng dư nợ:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Kiểm tra:</translation>
    </message>
    <message>
        <source>Restore from %1</source>
        <translation>Khôi phục từ %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Replace this database by the backup %1?</source>
        <translation>Thay cơ sở dữ liệu này bằng bản sao lưu %1?</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 lúc %2</translation>
    </message>
    <message>
        <source>none: the backup holds no loan</source>
        <translation>không có: bản sao lưu không có món vay nào</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>closed through %1</source>
        <translation>đã chốt số liệu đến tháng %1</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>chưa chốt số liệu tháng nào</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n month(s)), %3</source>
        <translation>
            <numerusform>Từ tháng %1 đến tháng %2 (%n tháng), %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>Tháng %1 — đã chốt</translation>
    </message>
    <message>
        <source>%1 — open</source>
        <translation>Tháng %1 — chưa chốt</translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation>%1 vào cuối tháng %2</translation>
    </message>
    <message numerus="yes">
        <source>passed (%n check(s), no violation)</source>
        <translation>
            <numerusform>đạt (%n phép kiểm tra, không có vi phạm)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything this database holds now is replaced by the backup. The database as it is now is kept first as a backup in %1.</source>
        <translation>Toàn bộ dữ liệu hiện có trong cơ sở dữ liệu này sẽ được thay bằng bản sao lưu. Trước đó, cơ sở dữ liệu hiện tại được sao lưu vào %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s): %1</source>
        <translation>
            <numerusform>%n vi phạm: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup does not pass the check and cannot be restored. Nothing was changed.</source>
        <translation>Bản sao lưu này không đạt kiểm tra nên không thể khôi phục. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>%1 is the database itself, not a backup of it</source>
        <translation>%1 là chính cơ sở dữ liệu này, không phải bản sao lưu của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the backup %1 cannot be read: %2</source>
        <translation>không đọc được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>the backup %1 cannot be used: %2</source>
        <translation>không dùng được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>the backup %1 cannot be checked: %2</source>
        <translation>không kiểm tra được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>không tạo được thư mục sao lưu %1</translation>
    </message>
    <message>
        <source>the backup %1 does not pass the check (%2 violations); nothing was replaced</source>
        <translation>bản sao lưu %1 không đạt kiểm tra (%2 vi phạm); cơ sở dữ liệu chưa bị thay thế</translation>
    </message>
    <message>
        <source>the current database could not be kept, so nothing was replaced: %1</source>
        <translation>không giữ lại được cơ sở dữ liệu hiện tại nên cơ sở dữ liệu chưa bị thay thế: %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>không xóa được %1</translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <source>Reversal &amp;date:</source>
        <translation>&amp;Ngày đảo:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Reverse entry no. %1</source>
        <translation>Đảo bút toán số %1</translation>
    </message>
    <message>
        <source>Repayment no. %1 of loan %2 on %3: principal %4 đồng, interest %5 đồng</source>
        <translation>Bút toán trả nợ số %1 của món vay %2 ngày %3: gốc %4 đồng, lãi %5 đồng</translation>
    </message>
    <message>
        <source>Savings withdrawal no. %1 of %2 on %3: %4 đồng</source>
        <translation>Giao dịch rút tiền gửi số %1 của %2 ngày %3: %4 đồng</translation>
    </message>
    <message>
        <source>Savings deposit no. %1 of %2 on %3: %4 đồng</source>
        <translation>Giao dịch gửi tiền số %1 của %2 ngày %3: %4 đồng</translation>
    </message>
    <message>
        <source>There is no entry no. %1.</source>
        <translation>Không có bút toán số %1.</translation>
    </message>
    <message>
        <source>Why the entry is wrong, e.g. typed twice, wrong loan</source>
        <translation>Lý do bút toán sai, ví dụ nhập hai lần, nhầm món vay</translation>
    </message>
    <message>
        <source>The entry stays in the ledger, struck through; the reversal takes its amounts back from its own date. Post the right entry again afterwards if needed.</source>
        <translation>Bút toán vẫn được giữ trong sổ chi tiết và bị gạch ngang; bút toán đảo hoàn lại số tiền của bút toán đó kể từ ngày đảo. Sau đó, nếu cần, hãy ghi lại bút toán đúng.</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>Đảo &amp;bút toán</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Say why the entry is reversed.</source>
        <translation>Hãy ghi lý do đảo bút toán.</translation>
    </message>
</context>
<context>
    <name>SavingsDialog</name>
    <message>
        <source>Kind:</source>
        <translation>Loại giao dịch:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Amount (đồng):</source>
        <translation>Số &amp;tiền (đồng):</translation>
    </message>
    <message>
        <source>New savings entry</source>
        <translation>Ghi giao dịch tiền gửi</translation>
    </message>
    <message>
        <source>Savings of %1 (%2)</source>
        <translation>Tiền gửi tiết kiệm của %1 (%2)</translation>
    </message>
    <message>
        <source>De&amp;posit</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>&amp;Withdrawal</source>
        <translation>&amp;Rút</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Balance at the end of %1: %2 đồng</source>
        <translation>Số dư đến ngày %1: %2 đồng</translation>
    </message>
    <message>
        <source>After this entry: %1 đồng</source>
        <translation>Sau giao dịch này: %1 đồng</translation>
    </message>
    <message>
        <source>Type the amount deposited or withdrawn.</source>
        <translation>Hãy nhập số tiền gửi hoặc rút.</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Quản lý người dùng…</translation>
    </message>
    <message>
        <source>Adds users, sets their passwords and roles, unlocks accounts</source>
        <translation>Thêm người dùng, đặt mật khẩu và vai trò, mở khóa tài khoản</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Đổ&amp;i người dùng…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Đăng nhập vào %1</translation>
    </message>
    <message>
        <source>Sign in to manage the users</source>
        <translation>Hãy đăng nhập để quản lý người dùng</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>This database has no users: anyone who can open the file can change everything. An admin account is created with User → Users…</source>
        <translation>Cơ sở dữ liệu này chưa có người dùng: bất kỳ ai mở được tệp đều có thể thay đổi mọi thứ. Tài khoản quản trị được tạo bằng Người dùng → Quản lý người dùng…</translation>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in to LoanDesk</source>
        <translation>Đăng nhập LoanDesk</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>This database has users: sign in with your name and password.</source>
        <translation>Cơ sở dữ liệu này có người dùng: hãy đăng nhập bằng tên và mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>StagingFolder</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 to the disk: %2</source>
        <translation>không ghi được %1 xuống ổ đĩa: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>không chuyển được %1 đến %2: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 là tệp, không phải thư mục</translation>
    </message>
    <message>
        <source>cannot create a folder beside %1</source>
        <translation>không tạo được thư mục bên cạnh %1</translation>
    </message>
    <message>
        <source>nothing was written for %1</source>
        <translation>không có dữ liệu nào được ghi cho %1</translation>
    </message>
    <message>
        <source>%1 is a folder in %2</source>
        <translation>%1 là một thư mục trong %2</translation>
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
    <message>
        <source>no database was opened</source>
        <translation>chưa mở cơ sở dữ liệu nào</translation>
    </message>
</context>
<context>
    <name>TransactionDayDialog</name>
    <message>
        <source>Commune transaction day</source>
        <translation>Ngày giao dịch tại điểm giao dịch xã</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã, phường:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Fill row as proposed</source>
        <translation>Điền &amp;dòng theo số đề xuất</translation>
    </message>
    <message>
        <source>Collected principal and interest as proposed (Ctrl+D)</source>
        <translation>Ghi số thu nợ gốc và thu lãi theo số đề xuất (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Print collection list…</source>
        <translation>&amp;In danh sách thu nợ, thu lãi, tiền gửi…</translation>
    </message>
    <message>
        <source>Save collection list as P&amp;DF…</source>
        <translation>Lưu danh sách thu nợ, thu lãi, tiền gửi thành tệp &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Post every typed row (Ctrl+S)</source>
        <translation>Ghi tất cả các dòng đã nhập (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The database has no commune yet.</source>
        <translation>Cơ sở dữ liệu chưa có xã, phường nào.</translation>
    </message>
    <message>
        <source>Unsaved amounts</source>
        <translation>Số tiền chưa lưu</translation>
    </message>
    <message>
        <source>The amounts typed for %1 on %2 are not saved. Save them first?</source>
        <translation>Các số tiền đã nhập cho %1 ngày %2 chưa được lưu. Lưu trước không?</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n member(s) to collect from</source>
        <translation>
            <numerusform>%1 ngày %2: %n tổ viên cần thu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; of %3 (%4)</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; / %3 (%4)</translation>
    </message>
    <message>
        <source>Commune total — %1 &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; savings deposited &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Tổng cộng xã — %1 &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; tiền gửi &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>principal collected</source>
        <translation>thu nợ gốc</translation>
    </message>
    <message>
        <source>interest collected</source>
        <translation>thu lãi</translation>
    </message>
    <message>
        <source>Nothing to save: no amount is typed.</source>
        <translation>Không có gì để lưu: chưa nhập số tiền nào.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Chưa lưu được gì.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the rows in red and save again.</source>
        <translation>Chưa lưu được gì: hãy sửa các dòng màu đỏ rồi lưu lại.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n repayment(s)</source>
        <translation>
            <numerusform>Đã lưu %n lần trả nợ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n savings entry(ies)</source>
        <translation>
            <numerusform> và %n giao dịch tiền gửi</numerusform>
        </translation>
    </message>
    <message>
        <source> dated %1.</source>
        <translation> ngày %1.</translation>
    </message>
    <message>
        <source>Collection list saved to %1</source>
        <translation>Đã lưu danh sách thu nợ, thu lãi, tiền gửi vào %1</translation>
    </message>
    <message>
        <source>Save collection list as PDF</source>
        <translation>Lưu danh sách thu nợ, thu lãi, tiền gửi thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TransactionDayModel</name>
    <message numerus="yes">
        <source>Total %1 (%n member(s))</source>
        <translation>
            <numerusform>Tổng cộng %1 (%n tổ viên)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) — leader: %3</source>
        <translation>%1 (%2) — tổ trưởng: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n món vay</numerusform>
        </translation>
    </message>
    <message>
        <source>Principal due: %1</source>
        <translation>Gốc phải trả: %1</translation>
    </message>
    <message numerus="yes">
        <source>Interest proposed: %1 (%n day(s) from %2)</source>
        <translation>
            <numerusform>Lãi đề xuất: %1 (%n ngày từ ngày %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>A deposit; type a withdrawal with a minus sign</source>
        <translation>Số tiền gửi; nhập số tiền rút với dấu trừ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Tổ viên</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Món vay</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Dư nợ</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>Gốc phải trả</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>trong đó quá hạn</translation>
    </message>
    <message>
        <source>Interest proposed</source>
        <translation>Lãi đề xuất</translation>
    </message>
    <message>
        <source>Savings balance</source>
        <translation>Số dư tiền gửi</translation>
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
        <source>Savings deposited</source>
        <translation>Tiền gửi</translation>
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
    <name>UserService</name>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>mật khẩu phải có ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>a password has at most %1 characters</source>
        <translation>mật khẩu chỉ được có tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>a password does not begin or end with a space</source>
        <translation>mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>sai tên người dùng hoặc mật khẩu</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong passwords until %3; try again later or ask an admin to unlock it</source>
        <translation>%1 bị khóa đến %3 do nhập sai mật khẩu %2 lần; hãy thử lại sau hoặc nhờ người quản trị mở khóa</translation>
    </message>
    <message>
        <source>wrong password; %1 is now locked for %2 minutes after %3 wrong passwords</source>
        <translation>sai mật khẩu; %1 bị khóa %2 phút do nhập sai mật khẩu %3 lần</translation>
    </message>
    <message>
        <source>name: a user needs a name</source>
        <translation>tên: người dùng phải có tên</translation>
    </message>
    <message>
        <source>name: a user name has at most %1 characters</source>
        <translation>tên: tên người dùng chỉ được có tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>mật khẩu: %1</translation>
    </message>
    <message>
        <source>role: the first user of a database is its admin</source>
        <translation>vai trò: người dùng đầu tiên của cơ sở dữ liệu phải là quản trị</translation>
    </message>
    <message>
        <source>name: there is already a user called %1</source>
        <translation>tên: đã có người dùng tên %1</translation>
    </message>
    <message>
        <source>there is no user called %1</source>
        <translation>không có người dùng nào tên %1</translation>
    </message>
    <message>
        <source>role: %1 is the only admin; make another user admin first</source>
        <translation>vai trò: %1 là quản trị duy nhất; hãy đặt vai trò quản trị cho một người dùng khác trước</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Thêm người &amp;dùng</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>Đặt mật &amp;khẩu</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Đổi vai t&amp;rò</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Mở khó&amp;a</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bị khóa đến %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 nay có vai trò %2.</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>Đã mở khóa %1.</translation>
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
    <message>
        <source>by the end of %2 the principal repaid on %1 would be %3, less than 0</source>
        <translation>đến hết ngày %2, gốc đã trả của %1 sẽ là %3, nhỏ hơn 0</translation>
    </message>
    <message>
        <source>%1 is not the commune of group %2, which is in %3; a group move takes the group&apos;s commune</source>
        <translation>%1 không phải là xã của tổ %2, tổ này thuộc %3; khi chuyển tổ, xã, phường là xã, phường của tổ mới</translation>
    </message>
    <message>
        <source>%1 is in a group; name the group they move to</source>
        <translation>%1 thuộc một tổ TK&amp;VV; hãy ghi tổ chuyển đến</translation>
    </message>
    <message>
        <source>an organisation is never in a group; name the commune it moves to</source>
        <translation>tổ chức không thuộc tổ TK&amp;VV; hãy ghi xã, phường chuyển đến</translation>
    </message>
    <message>
        <source>%1 is in no group; name the commune they move to</source>
        <translation>%1 không thuộc tổ nào; hãy ghi xã, phường chuyển đến</translation>
    </message>
    <message>
        <source>no entry no. %1 in this import or the database</source>
        <translation>không có bút toán số %1 trong lần nhập này hoặc trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>entry no. %1 is itself a reversal (of no. %2); a reversal is never reversed: post the right entry again instead</source>
        <translation>bút toán số %1 là bút toán đảo (của bút toán số %2); không được đảo một bút toán đảo: hãy ghi lại bút toán đúng</translation>
    </message>
    <message>
        <source>%1 is before %2, the date of entry no. %3 it reverses</source>
        <translation>%1 trước %2, là ngày của bút toán số %3 được đảo</translation>
    </message>
    <message>
        <source>entry no. %1 is a repayment of %2, not of %3</source>
        <translation>bút toán số %1 là trả nợ của %2, không phải của %3</translation>
    </message>
    <message>
        <source>%1 is not %2, the principal of entry no. %3</source>
        <translation>%1 khác %2 là số gốc của bút toán số %3</translation>
    </message>
    <message>
        <source>%1 is not %2, the interest of entry no. %3</source>
        <translation>%1 khác %2 là số lãi của bút toán số %3</translation>
    </message>
    <message>
        <source>entry no. %1 is a savings entry of %2, not of %3</source>
        <translation>bút toán số %1 là giao dịch tiền gửi của %2, không phải của %3</translation>
    </message>
    <message>
        <source>%1 is not %2, the amount of entry no. %3</source>
        <translation>%1 khác %2 là số tiền của bút toán số %3</translation>
    </message>
    <message>
        <source>%1 already moves on %2; a borrower moves at most once a day</source>
        <translation>%1 đã có một lần chuyển tổ/xã ngày %2; mỗi khách hàng chỉ được chuyển tối đa một lần mỗi ngày</translation>
    </message>
    <message>
        <source>%1 is not after %2, the date of the previous move of %3; moves are posted in date order</source>
        <translation>%1 không sau %2 là ngày chuyển tổ/xã trước đó của %3; các lần chuyển tổ/xã phải được ghi theo thứ tự ngày</translation>
    </message>
    <message>
        <source>%1 is already in %2 on %3</source>
        <translation>%1 đã thuộc %2 vào ngày %3</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>dài %1 ký tự; chỉ được tối đa %2 ký tự</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LoanDesk</source>
        <translation>Chào mừng đến với LoanDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>This database holds no portfolio yet. Bring in the office&apos;s portfolio from a folder of CSV files, open another database, or look around in the demonstration portfolio first.</source>
        <translation>Cơ sở dữ liệu này chưa có dữ liệu cho vay. Hãy nhập danh mục cho vay của đơn vị từ một thư mục tệp CSV, mở cơ sở dữ liệu khác, hoặc xem thử dữ liệu mẫu trước.</translation>
    </message>
    <message>
        <source>Import a CSV folder…</source>
        <translation>Nhập dữ liệu từ thư mục CSV…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Open the demonstration portfolio</source>
        <translation>Mở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Or start entering the portfolio by hand: &lt;a href=&quot;register&quot;&gt;register a savings group or a borrower&lt;/a&gt;, then their loans.</source>
        <translation>Hoặc bắt đầu nhập tay: &lt;a href=&quot;register&quot;&gt;thêm tổ tiết kiệm và vay vốn hoặc khách hàng&lt;/a&gt;, sau đó thêm các món vay.</translation>
    </message>
</context>
</TS>
