<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: tariff-audit-cli [--lang vi|en] COMMAND [options]</source>
        <translation>Cách dùng: tariff-audit-cli [--lang vi|en] LỆNH [tùy chọn]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>write a generated customer list in the import template</source>
        <translation>ghi danh sách khách hàng giả lập theo mẫu nhập liệu</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>in phiên bản</translation>
    </message>
    <message>
        <source>Run &apos;tariff-audit-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Chạy &apos;tariff-audit-cli LỆNH --help&apos; để xem các tùy chọn của một lệnh.</translation>
    </message>
    <message>
        <source>Writes a generated customer list in the import template.</source>
        <translation>Ghi danh sách khách hàng giả lập theo mẫu nhập liệu.</translation>
    </message>
    <message>
        <source>Number of customers.</source>
        <translation>Số khách hàng.</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same list.</source>
        <translation>Hạt giống: cùng hạt giống cho cùng một danh sách.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Tệp CSV cần ghi.</translation>
    </message>
    <message>
        <source>Newest consumption month, YYYYMM (default: last month).</source>
        <translation>Tháng sản lượng mới nhất, YYYYMM (mặc định: tháng trước).</translation>
    </message>
    <message>
        <source>generate: unexpected argument &quot;%1&quot;.</source>
        <translation>generate: đối số không mong đợi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>generate: --customers is required.</source>
        <translation>generate: cần có --customers.</translation>
    </message>
    <message>
        <source>generate: --customers must be a whole number from 1 to 100000000, not &quot;%1&quot;.</source>
        <translation>generate: --customers phải là số nguyên từ 1 đến 100000000, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>generate: --seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>generate: --seed phải là số nguyên không âm, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>generate: --out FILE is required.</source>
        <translation>generate: cần có --out TỆP.</translation>
    </message>
    <message>
        <source>generate: --last-month must be a month written YYYYMM, not &quot;%1&quot;.</source>
        <translation>generate: --last-month phải là tháng dạng YYYYMM, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 / %2 khách hàng</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 in %3 s.</source>
        <translation>Đã ghi %1 khách hàng vào %2 trong %3 giây.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Lệnh không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>compute a bill from a case file, exact to the dong</source>
        <translation>tính hóa đơn từ tệp tình huống, chính xác đến từng đồng</translation>
    </message>
    <message>
        <source>Computes a bill from a case file (see docs/billing-rules.md).</source>
        <translation>Tính hóa đơn từ tệp tình huống (xem docs/billing-rules.md).</translation>
    </message>
    <message>
        <source>JSON file describing the bill.</source>
        <translation>Tệp JSON mô tả hóa đơn.</translation>
    </message>
    <message>
        <source>Print the bill as JSON.</source>
        <translation>In hóa đơn dạng JSON.</translation>
    </message>
    <message>
        <source>bill: --case FILE is required.</source>
        <translation>bill: cần có --case TỆP.</translation>
    </message>
    <message>
        <source>bill: cannot read %1: %2</source>
        <translation>bill: không đọc được %1: %2</translation>
    </message>
    <message>
        <source>bill: %1: %2</source>
        <translation>bill: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>Bill %1 – %2 (tariff %3)</source>
        <translation>Hóa đơn %1 – %2 (biểu giá %3)</translation>
    </message>
    <message>
        <source>Amount before VAT: %1</source>
        <translation>Tiền điện chưa thuế: %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>Thuế GTGT %1 %: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <source>import a customer list into a data file</source>
        <translation>nhập danh sách khách hàng vào tệp dữ liệu</translation>
    </message>
    <message>
        <source>find customers by code, name, address, meter or phone</source>
        <translation>tìm khách hàng theo mã, tên, địa chỉ, công tơ hoặc điện thoại</translation>
    </message>
    <message>
        <source>flag customers whose price may be wrong, ranked by money</source>
        <translation>cảnh báo khách hàng có thể áp giá sai, xếp theo số tiền</translation>
    </message>
    <message>
        <source>The customer list.</source>
        <translation>Danh sách khách hàng.</translation>
    </message>
    <message>
        <source>The data file to import into.</source>
        <translation>Tệp dữ liệu cần nhập vào.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>In số liệu dạng JSON.</translation>
    </message>
    <message>
        <source>Write the rejected rows&apos; problems to this CSV file.</source>
        <translation>Ghi lỗi của các dòng bị loại vào tệp CSV này.</translation>
    </message>
    <message>
        <source>Text encoding (default: detect).</source>
        <translation>Bảng mã văn bản (mặc định: tự nhận biết).</translation>
    </message>
    <message>
        <source>import: give exactly one FILE.</source>
        <translation>import: cần đúng một TỆP.</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>%1 % read</source>
        <translation>đã đọc %1 %</translation>
    </message>
    <message>
        <source>%1: %2 rows; imported %3, updated %4, unchanged %5, rejected %6.</source>
        <translation>%1: %2 dòng; thêm mới %3, cập nhật %4, không đổi %5, bị loại %6.</translation>
    </message>
    <message>
        <source>  line %1, %2 &quot;%3&quot;: %4</source>
        <translation>  dòng %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>  … and %1 more problems (--rejects FILE lists them all).</source>
        <translation>  … và %1 lỗi khác (--rejects TỆP liệt kê đầy đủ).</translation>
    </message>
    <message>
        <source>Finds customers as the app&apos;s search does: every word as a prefix, with or without Vietnamese marks; best first.</source>
        <translation>Tìm khách hàng như ô tìm kiếm của ứng dụng: mỗi từ là phần đầu của từ cần tìm, có dấu hay không dấu đều được; kết quả tốt nhất trước.</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Các từ cần tìm.</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>Tệp dữ liệu.</translation>
    </message>
    <message>
        <source>At most this many customers (default 20).</source>
        <translation>Tối đa bấy nhiêu khách hàng (mặc định 20).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In dạng JSON.</translation>
    </message>
    <message>
        <source>search: give the words to look for.</source>
        <translation>search: hãy cho các từ cần tìm.</translation>
    </message>
    <message>
        <source>search: --limit must be a whole number from 1 to 10000, not &quot;%1&quot;.</source>
        <translation>search: --limit phải là số nguyên từ 1 đến 10000, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>search: %1</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Không có khách hàng nào phù hợp.</translation>
    </message>
    <message>
        <source>Runs the pre-screening rules (switched and tuned in the app&apos;s Settings) over a data file and stores the ranked flags.</source>
        <translation>Chạy các quy tắc sàng lọc (bật tắt và điều chỉnh trong Cài đặt của ứng dụng) trên tệp dữ liệu và lưu các cảnh báo đã xếp hạng.</translation>
    </message>
    <message>
        <source>Show this many customers (default 20).</source>
        <translation>Hiện bấy nhiêu khách hàng (mặc định 20).</translation>
    </message>
    <message>
        <source>prescreen: --top must be a whole number, not &quot;%1&quot;.</source>
        <translation>prescreen: --top phải là số nguyên, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>prescreen: %1</source>
        <translation>prescreen: %1</translation>
    </message>
    <message>
        <source>%1: --db DB is required.</source>
        <translation>%1: cần có --db DB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also write the flagged list to this file (.csv or .xlsx).</source>
        <translation>Ghi thêm danh sách cảnh báo vào tệp này (.csv hoặc .xlsx).</translation>
    </message>
    <message>
        <source>record a signed inspection from an answers file, with its PDF</source>
        <translation>lập biên bản kiểm tra đã ký từ tệp trả lời, kèm tệp PDF</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>Mã khách hàng.</translation>
    </message>
    <message>
        <source>The answers file (JSON).</source>
        <translation>Tệp trả lời (JSON).</translation>
    </message>
    <message>
        <source>inspect: --%1 is required.</source>
        <translation>inspect: cần có --%1.</translation>
    </message>
    <message>
        <source>inspect: %1</source>
        <translation>inspect: %1</translation>
    </message>
    <message>
        <source>inspect: the record was signed and stored, but its folder could not be written: %1</source>
        <translation>inspect: biên bản đã được ký và lưu, nhưng không ghi được thư mục của nó: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Dấu vân tay: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <source>The record folder or its record.json.</source>
        <translation>Thư mục biên bản hoặc tệp record.json của nó.</translation>
    </message>
    <message>
        <source>verify: give one record folder.</source>
        <translation>verify: hãy chỉ ra một thư mục biên bản.</translation>
    </message>
    <message>
        <source>The record is NOT intact.</source>
        <translation>Biên bản KHÔNG còn nguyên vẹn.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: record %1, fingerprint %2, %n evidence files checked.</source>
        <translation>
            <numerusform>Nguyên vẹn: biên bản %1, dấu vân tay %2, đã kiểm tra %n tệp bằng chứng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers, %2 flagged; at stake over the recovery period: %3 (%4 flagged customers with an impact unknown before a visit).</source>
        <translation>%1 khách hàng, %2 bị cảnh báo; số tiền liên quan trong thời gian truy thu: %3 (%4 khách hàng bị cảnh báo chưa biết số tiền trước khi kiểm tra).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>Mã PIN của %1: </translation>
    </message>
    <message>
        <source>Records an inspection from an answers file (docs/answers-file.md) exactly as the app does: signed in as a profile with its PIN, assessed with the law in force on the day of the visit, signed with that profile&apos;s key in the system keychain at the clock&apos;s time, stored in the profile&apos;s data file and written as a record folder with its PDF.</source>
        <translation>Lập biên bản kiểm tra từ tệp câu trả lời (docs/answers-file.md) đúng như ứng dụng: đăng nhập bằng một hồ sơ với mã PIN, đánh giá theo quy định có hiệu lực vào ngày kiểm tra, ký bằng khóa của hồ sơ đó trong kho khóa hệ thống theo giờ của đồng hồ, lưu vào tệp dữ liệu của hồ sơ và ghi thành thư mục biên bản kèm PDF.</translation>
    </message>
    <message>
        <source>Read the PIN from this file descriptor (scripts); without it the PIN is asked on the terminal.</source>
        <translation>Đọc mã PIN từ bộ mô tả tệp này (cho tập lệnh); nếu không có, mã PIN được hỏi trên cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>The workspace folder (default: the app&apos;s).</source>
        <translation>Thư mục không gian làm việc (mặc định: của ứng dụng).</translation>
    </message>
    <message>
        <source>Sign in to the training workspace instead of the real one.</source>
        <translation>Đăng nhập vào không gian đào tạo thay vì không gian thật.</translation>
    </message>
    <message>
        <source>Also write the record folder under this folder.</source>
        <translation>Ghi thêm thư mục biên bản vào thư mục này.</translation>
    </message>
    <message>
        <source>Signed record %1 (%2) as %3</source>
        <translation>Đã ký biên bản %1 (%2) với tư cách %3</translation>
    </message>
    <message>
        <source>check a record folder: signature, fingerprint, evidence and signer</source>
        <translation>kiểm tra thư mục biên bản: chữ ký, dấu vân tay, bằng chứng và người ký</translation>
    </message>
    <message>
        <source>enroll this tablet&apos;s profile with the branch server</source>
        <translation>đăng ký hồ sơ của máy tính bảng này với máy chủ điện lực</translation>
    </message>
    <message>
        <source>send the outbox to the branch server and read its decisions</source>
        <translation>gửi hộp thư đi lên máy chủ điện lực và nhận các quyết định</translation>
    </message>
    <message>
        <source>Who: a profile&apos;s number, full name or card number.</source>
        <translation>Ai: số hồ sơ, họ tên hoặc số thẻ.</translation>
    </message>
    <message>
        <source>%1: --profile is required.</source>
        <translation>%1: cần --profile.</translation>
    </message>
    <message>
        <source>%1: --pin-fd must be a file descriptor number, not &quot;%2&quot;.</source>
        <translation>%1: --pin-fd phải là số mô tả tệp, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: no profile &quot;%2&quot; in %3.</source>
        <translation>%1: không có hồ sơ &quot;%2&quot; trong %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>%1: nhập sai PIN quá nhiều lần; thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: wrong PIN for %2.</source>
        <translation>%1: sai PIN của %2.</translation>
    </message>
    <message>
        <source>%1: no terminal to ask the PIN on; give --pin-fd N and write the PIN to that descriptor.</source>
        <translation>%1: không có thiết bị đầu cuối để hỏi PIN; dùng --pin-fd N và ghi PIN vào mô tả tệp đó.</translation>
    </message>
    <message>
        <source>%1: the PIN cannot be read: %2</source>
        <translation>%1: không đọc được PIN: %2</translation>
    </message>
    <message>
        <source>Checks a record folder: the canonical form, the fingerprint, the Ed25519 signature, every evidence file, and that the signing key is a device the branch registered (--trusted-keys, or the keys a signed-in profile received from its server and its own). A record signed by any other key is not intact. Exit 0 when intact and signed by a registered device, 1 when not.</source>
        <translation>Kiểm tra một thư mục biên bản: dạng chuẩn, dấu vân tay, chữ ký Ed25519, từng tệp bằng chứng, và khóa ký là của một thiết bị điện lực đã đăng ký (--trusted-keys, hoặc các khóa mà hồ sơ đăng nhập nhận từ máy chủ cùng khóa của chính nó). Biên bản ký bằng khóa khác là không nguyên vẹn. Mã thoát 0 khi nguyên vẹn và do thiết bị đã đăng ký ký, 1 khi không.</translation>
    </message>
    <message>
        <source>The registered device keys (tariff-audit-server devices export-keys).</source>
        <translation>Các khóa thiết bị đã đăng ký (tariff-audit-server devices export-keys).</translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation>verify: %1</translation>
    </message>
    <message>
        <source>The signing key was not checked against the branch&apos;s registered devices: give --trusted-keys FILE or --profile. A valid signature by an unknown key proves nothing.</source>
        <translation>Khóa ký chưa được đối chiếu với các thiết bị điện lực đã đăng ký: dùng --trusted-keys TỆP hoặc --profile. Chữ ký hợp lệ của một khóa không rõ không chứng minh điều gì.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Người ký: %1.</translation>
    </message>
    <message>
        <source>Enrolls a profile of this tablet with the branch server: registers its device key with a leader&apos;s one-time code, prints the comparison code to read to the leader, and waits for the approval. Exit 0 approved, 1 refused or still waiting, 2 no server or a certificate that is not the pinned one.</source>
        <translation>Đăng ký một hồ sơ của máy tính bảng này với máy chủ điện lực: đăng ký khóa thiết bị bằng mã dùng một lần của lãnh đạo, in mã đối chiếu để đọc cho lãnh đạo, và chờ duyệt. Mã thoát 0 đã duyệt, 1 bị từ chối hoặc còn chờ, 2 không có máy chủ hoặc chứng chỉ không phải chứng chỉ đã ghim.</translation>
    </message>
    <message>
        <source>The enrollment link a leader gave (tariff-audit-enroll:1?…).</source>
        <translation>Liên kết đăng ký do lãnh đạo cấp (tariff-audit-enroll:1?…).</translation>
    </message>
    <message>
        <source>The server&apos;s address (https://…:8443).</source>
        <translation>Địa chỉ máy chủ (https://…:8443).</translation>
    </message>
    <message>
        <source>The SHA-256 of the server&apos;s certificate authority (64 hex digits).</source>
        <translation>SHA-256 của tổ chức cấp chứng chỉ của máy chủ (64 chữ số hex).</translation>
    </message>
    <message>
        <source>The one-time enrollment code.</source>
        <translation>Mã đăng ký dùng một lần.</translation>
    </message>
    <message>
        <source>Seconds to wait for the leader&apos;s approval (default 600; 0: do not wait).</source>
        <translation>Số giây chờ lãnh đạo duyệt (mặc định 600; 0: không chờ).</translation>
    </message>
    <message>
        <source>enroll: %1</source>
        <translation>enroll: %1</translation>
    </message>
    <message>
        <source>Comparison code: %1</source>
        <translation>Mã đối chiếu: %1</translation>
    </message>
    <message>
        <source>Read it to the branch leader; it must be the code the server shows beside this tablet.</source>
        <translation>Đọc mã này cho lãnh đạo điện lực; mã phải trùng với mã máy chủ hiển thị cạnh máy tính bảng này.</translation>
    </message>
    <message>
        <source>Approved: this tablet sends its records to %1.</source>
        <translation>Đã duyệt: máy tính bảng này gửi biên bản đến %1.</translation>
    </message>
    <message>
        <source>Not approved yet; the enrollment is kept. Run &apos;tariff-audit-cli sync&apos; once the leader has approved it.</source>
        <translation>Chưa được duyệt; yêu cầu đăng ký vẫn được giữ. Chạy &apos;tariff-audit-cli sync&apos; khi lãnh đạo đã duyệt.</translation>
    </message>
    <message>
        <source>Sends the outbox of a profile to its branch server, applies the leaders&apos; decisions from the feed and prints each record&apos;s state. Exit 0 every record received, 1 some waiting or quarantined, 2 no server (or not enrolled, or a certificate that is not the pinned one).</source>
        <translation>Gửi hộp thư đi của một hồ sơ lên máy chủ điện lực, áp dụng các quyết định của lãnh đạo từ luồng tin và in trạng thái từng biên bản. Mã thoát 0 mọi biên bản đã được nhận, 1 còn biên bản chờ hoặc bị cách ly, 2 không có máy chủ (hoặc chưa đăng ký, hoặc chứng chỉ không phải chứng chỉ đã ghim).</translation>
    </message>
    <message>
        <source>search index: %1 %</source>
        <translation>chỉ mục tìm kiếm: %1 %</translation>
    </message>
    <message>
        <source>Imports a customer list (CSV in the template, see docs/import-template.md) into a data file. Exit code 0: every row stored; 1: some rows rejected, the valid ones stored; 2: nothing changed. With --check nothing is stored: the codes say what an import would do.</source>
        <translation>Nhập danh sách khách hàng (CSV theo mẫu, xem docs/import-template.md) vào một tệp dữ liệu. Mã thoát 0: mọi dòng đã được lưu; 1: một số dòng bị loại, các dòng hợp lệ đã được lưu; 2: không có gì thay đổi. Với --check thì không lưu gì: các mã cho biết việc nhập sẽ làm gì.</translation>
    </message>
    <message>
        <source>Read and check every row and report as an import would, but change nothing in the data file.</source>
        <translation>Đọc và kiểm tra mọi dòng, báo cáo như khi nhập, nhưng không thay đổi gì trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1: %2 rows checked, nothing changed; new %3, updated %4, unchanged %5, rejected %6.</source>
        <translation>%1: đã kiểm tra %2 dòng, không thay đổi gì; mới %3, cập nhật %4, không đổi %5, bị loại %6.</translation>
    </message>
    <message>
        <source>  … and %1 more problems (--rejects FILE lists the first %2).</source>
        <translation>  … và %1 lỗi khác (--rejects TỆP liệt kê %2 lỗi đầu tiên).</translation>
    </message>
    <message>
        <source>check a training scenario file, or list the built-in scenarios</source>
        <translation>kiểm tra tệp tình huống đào tạo, hoặc liệt kê các tình huống có sẵn</translation>
    </message>
    <message>
        <source>score an answers file against a training scenario</source>
        <translation>chấm điểm tệp câu trả lời theo một tình huống đào tạo</translation>
    </message>
    <message>
        <source>Checks training scenario files (docs/scenario-file.md): exit 0 when each is valid, 2 with every problem named. &apos;list&apos; prints the built-in scenarios.</source>
        <translation>Kiểm tra tệp tình huống đào tạo (docs/scenario-file.md): mã thoát 0 khi mọi tệp hợp lệ, 2 kèm từng lỗi được nêu rõ. &apos;list&apos; in ra các tình huống có sẵn.</translation>
    </message>
    <message>
        <source>check or list</source>
        <translation>check hoặc list</translation>
    </message>
    <message>
        <source>Scenario files to check.</source>
        <translation>Các tệp tình huống cần kiểm tra.</translation>
    </message>
    <message>
        <source>scenario: &apos;check FILE…&apos; or &apos;list&apos;.</source>
        <translation>scenario: &apos;check TỆP…&apos; hoặc &apos;list&apos;.</translation>
    </message>
    <message>
        <source>%1: a valid scenario.</source>
        <translation>%1: tình huống hợp lệ.</translation>
    </message>
    <message>
        <source>Scores an answers file (docs/answers-file.md) against a training scenario, as the app scores a training record.</source>
        <translation>Chấm điểm tệp câu trả lời (docs/answers-file.md) theo một tình huống đào tạo, đúng như ứng dụng chấm một biên bản đào tạo.</translation>
    </message>
    <message>
        <source>The scenario: a file, or the id of a built-in one.</source>
        <translation>Tình huống: một tệp, hoặc mã của tình huống có sẵn.</translation>
    </message>
    <message>
        <source>The trainee&apos;s answers file.</source>
        <translation>Tệp câu trả lời của học viên.</translation>
    </message>
    <message>
        <source>Print the score as JSON.</source>
        <translation>In kết quả chấm dạng JSON.</translation>
    </message>
    <message>
        <source>score: --scenario FILE and --answers FILE are required.</source>
        <translation>score: cần --scenario TỆP và --answers TỆP.</translation>
    </message>
    <message>
        <source>score: %1 is neither a file nor a built-in scenario (&apos;scenario list&apos; names them).</source>
        <translation>score: %1 không phải tệp cũng không phải tình huống có sẵn (&apos;scenario list&apos; liệt kê chúng).</translation>
    </message>
    <message>
        <source>score: %1</source>
        <translation>score: %1</translation>
    </message>
    <message>
        <source>score: %1: the answers cannot be assessed: %2</source>
        <translation>score: %1: không đánh giá được câu trả lời: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points (%4 %)</source>
        <translation>%1: %2 trên %3 điểm (%4 %)</translation>
    </message>
    <message>
        <source>%1: %2/%3 — expected %4, given %5</source>
        <translation>%1: %2/%3 — đáp án %4, học viên %5</translation>
    </message>
    <message>
        <source>Customers whose warnings changed since the last pre-screen: %1.</source>
        <translation>Khách hàng có cảnh báo thay đổi từ lần sàng lọc trước: %1.</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>The QR code cannot be written to %1.</source>
        <translation>Không ghi được mã QR vào %1.</translation>
    </message>
    <message>
        <source>The server&apos;s data folder.</source>
        <translation>Thư mục dữ liệu của máy chủ.</translation>
    </message>
    <message>
        <source>A name or address the certificate is for (repeat; default localhost and 127.0.0.1).</source>
        <translation>Tên hoặc địa chỉ mà chứng chỉ dùng cho (có thể lặp lại; mặc định localhost và 127.0.0.1).</translation>
    </message>
    <message>
        <source>postgresql://… (default: server.sqlite in the data folder).</source>
        <translation>postgresql://… (mặc định: server.sqlite trong thư mục dữ liệu).</translation>
    </message>
    <message>
        <source>The address tablets reach the server at.</source>
        <translation>Địa chỉ máy tính bảng dùng để kết nối máy chủ.</translation>
    </message>
    <message>
        <source>init: --data DIR is required.</source>
        <translation>init: cần --data THƯ_MỤC.</translation>
    </message>
    <message>
        <source>init: %1</source>
        <translation>init: %1</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>Địa chỉ và cổng (mặc định 127.0.0.1:8443; cổng 0 tự chọn cổng trống).</translation>
    </message>
    <message>
        <source>I/O threads (default: the cores).</source>
        <translation>Số luồng vào/ra (mặc định: số lõi).</translation>
    </message>
    <message>
        <source>Request handler threads (default 64).</source>
        <translation>Số luồng xử lý yêu cầu (mặc định 64).</translation>
    </message>
    <message>
        <source>No line per request.</source>
        <translation>Không ghi một dòng cho mỗi yêu cầu.</translation>
    </message>
    <message>
        <source>Idle connection timeout.</source>
        <translation>Thời gian chờ của kết nối rảnh.</translation>
    </message>
    <message>
        <source>Whole-request timeout.</source>
        <translation>Thời gian tối đa cho cả một yêu cầu.</translation>
    </message>
    <message>
        <source>Requests a second per device.</source>
        <translation>Số yêu cầu mỗi giây cho mỗi thiết bị.</translation>
    </message>
    <message>
        <source>Session token lifetime.</source>
        <translation>Thời hạn của mã phiên.</translation>
    </message>
    <message>
        <source>Largest evidence file, bytes.</source>
        <translation>Dung lượng tối đa của một tệp bằng chứng, tính bằng byte.</translation>
    </message>
    <message>
        <source>serve: --data DIR is required.</source>
        <translation>serve: cần --data THƯ_MỤC.</translation>
    </message>
    <message>
        <source>serve: %1</source>
        <translation>serve: %1</translation>
    </message>
    <message>
        <source>How long the code is valid.</source>
        <translation>Thời gian mã còn hiệu lực.</translation>
    </message>
    <message>
        <source>Also write the link as a QR code (PNG).</source>
        <translation>Ghi thêm liên kết dưới dạng mã QR (PNG).</translation>
    </message>
    <message>
        <source>Who the code is for.</source>
        <translation>Mã dành cho ai.</translation>
    </message>
    <message>
        <source>Create a one-time enrollment code.</source>
        <translation>Tạo một mã đăng ký dùng một lần.</translation>
    </message>
    <message>
        <source>codes: the only action is create.</source>
        <translation>codes: chỉ có thao tác create.</translation>
    </message>
    <message>
        <source>codes: %1</source>
        <translation>codes: %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In ra JSON.</translation>
    </message>
    <message>
        <source>export-keys: write to this file.</source>
        <translation>export-keys: ghi vào tệp này.</translation>
    </message>
    <message>
        <source>list, approve ID, revoke ID, export-keys</source>
        <translation>list, approve ID, revoke ID, export-keys</translation>
    </message>
    <message>
        <source>devices: %1</source>
        <translation>devices: %1</translation>
    </message>
    <message>
        <source>devices: no device %1.</source>
        <translation>devices: không có thiết bị %1.</translation>
    </message>
    <message>
        <source>devices: %1 is %2, not pending.</source>
        <translation>devices: %1 đang ở trạng thái %2, không phải chờ duyệt.</translation>
    </message>
    <message>
        <source>devices: %1 cannot be written.</source>
        <translation>devices: không ghi được %1.</translation>
    </message>
    <message>
        <source>devices: list, approve ID, revoke ID or export-keys.</source>
        <translation>devices: list, approve ID, revoke ID hoặc export-keys.</translation>
    </message>
    <message>
        <source>add: why the customer is to be visited.</source>
        <translation>add: lý do cần đến khách hàng.</translation>
    </message>
    <message>
        <source>list: only this device&apos;s.</source>
        <translation>list: chỉ của thiết bị này.</translation>
    </message>
    <message>
        <source>add DEVICE CUSTOMER... --reason TEXT, or list [--device ID]</source>
        <translation>add THIẾT_BỊ KHÁCH_HÀNG... --reason NỘI_DUNG, hoặc list [--device ID]</translation>
    </message>
    <message>
        <source>assignments: %1</source>
        <translation>assignments: %1</translation>
    </message>
    <message>
        <source>assignments add: a device, one or more customer codes and --reason.</source>
        <translation>assignments add: cần một thiết bị, một hoặc nhiều mã khách hàng và --reason.</translation>
    </message>
    <message>
        <source>assignments: add DEVICE CUSTOMER... --reason TEXT, or list.</source>
        <translation>assignments: add THIẾT_BỊ KHÁCH_HÀNG... --reason NỘI_DUNG, hoặc list.</translation>
    </message>
    <message>
        <source>review: approve the record.</source>
        <translation>review: duyệt biên bản.</translation>
    </message>
    <message>
        <source>review: return it with a comment.</source>
        <translation>review: trả lại biên bản kèm nhận xét.</translation>
    </message>
    <message>
        <source>list, or review ID REVISION</source>
        <translation>list, hoặc review ID LẦN_SỬA</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>records: %1</translation>
    </message>
    <message>
        <source>records review: --approve or --return COMMENT.</source>
        <translation>records review: --approve hoặc --return NHẬN_XÉT.</translation>
    </message>
    <message>
        <source>records: list, or review ID REVISION.</source>
        <translation>records: list, hoặc review ID LẦN_SỬA.</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <source>Entries, newest first.</source>
        <translation>Số dòng, mới nhất trước.</translation>
    </message>
    <message>
        <source>audit: %1</source>
        <translation>audit: %1</translation>
    </message>
    <message>
        <source>approve: grant this role (inspector or leader) instead of the one the device asked for.</source>
        <translation>approve: cấp vai trò này (inspector hoặc leader) thay cho vai trò thiết bị đã xin.</translation>
    </message>
    <message>
        <source>devices: --role is inspector or leader, not %1.</source>
        <translation>devices: --role phải là inspector hoặc leader, không phải %1.</translation>
    </message>
    <message>
        <source>add: the campaign it belongs to.</source>
        <translation>add: đợt kiểm tra mà việc này thuộc về.</translation>
    </message>
    <message>
        <source>add: the date the visit is due (YYYY-MM-DD).</source>
        <translation>add: hạn đến kiểm tra (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>assignments add: --due %1 is not a date (YYYY-MM-DD).</source>
        <translation>assignments add: --due %1 không phải một ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Read this database instead of the data folder&apos;s (a SQLite file or a postgresql:// URL).</source>
        <translation>Đọc cơ sở dữ liệu này thay cho cơ sở dữ liệu của thư mục dữ liệu (một tệp SQLite hoặc một URL postgresql://).</translation>
    </message>
    <message>
        <source>First day of approval (YYYY-MM-DD).</source>
        <translation>Ngày duyệt đầu tiên (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of approval (YYYY-MM-DD).</source>
        <translation>Ngày duyệt cuối cùng (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this campaign&apos;s customers.</source>
        <translation>Chỉ các khách hàng của đợt kiểm tra này.</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>Tệp cần ghi: .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Include the corrections exported before.</source>
        <translation>Gồm cả các điều chỉnh đã xuất trước đây.</translation>
    </message>
    <message>
        <source>export-cmis: --from and --to are days (YYYY-MM-DD), --to not before --from.</source>
        <translation>export-cmis: --from và --to là ngày (YYYY-MM-DD), --to không được trước --from.</translation>
    </message>
    <message>
        <source>export-cmis: --out FILE.csv or FILE.xlsx is required.</source>
        <translation>export-cmis: cần --out TỆP.csv hoặc TỆP.xlsx.</translation>
    </message>
    <message>
        <source>export-cmis: %1</source>
        <translation>export-cmis: %1</translation>
    </message>
    <message>
        <source>export-cmis: the file is written but the corrections could not be marked as exported: %1</source>
        <translation>export-cmis: đã ghi tệp nhưng không đánh dấu được các điều chỉnh là đã xuất: %1</translation>
    </message>
    <message>
        <source>init, serve, codes, devices, assignments, records, conflicts, audit or export-cmis</source>
        <translation>init, serve, codes, devices, assignments, records, conflicts, audit hoặc export-cmis</translation>
    </message>
    <message>
        <source>Makes a server&apos;s data folder: its identity, receipt key, certificates and database.</source>
        <translation>Tạo thư mục dữ liệu của máy chủ: danh tính, khóa ký biên nhận, chứng chỉ và cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Serves the tablets and leaders&apos; devices until SIGINT or SIGTERM.</source>
        <translation>Phục vụ máy tính bảng và thiết bị của lãnh đạo cho đến khi nhận SIGINT hoặc SIGTERM.</translation>
    </message>
    <message>
        <source>Makes a one-time enrollment code and its link (and QR code).</source>
        <translation>Tạo mã đăng ký dùng một lần và liên kết của nó (kèm mã QR).</translation>
    </message>
    <message>
        <source>Lists, approves and revokes enrolled devices; exports their registered keys.</source>
        <translation>Liệt kê, duyệt và thu hồi thiết bị đã đăng ký; xuất các khóa đã đăng ký.</translation>
    </message>
    <message>
        <source>Sends customers to a device&apos;s worklist, or lists who is sent where.</source>
        <translation>Giao khách hàng vào danh sách việc của một thiết bị, hoặc liệt kê ai được giao đến đâu.</translation>
    </message>
    <message>
        <source>Lists the received records, or decides on one as a leader would.</source>
        <translation>Liệt kê các biên bản đã nhận, hoặc quyết định một biên bản như lãnh đạo.</translation>
    </message>
    <message>
        <source>Lists the records sent again with the same id and revision but other content.</source>
        <translation>Liệt kê các biên bản được gửi lại cùng mã và lần sửa nhưng nội dung khác.</translation>
    </message>
    <message>
        <source>Prints the audit log: every change, who made it and when.</source>
        <translation>In nhật ký kiểm toán: mọi thay đổi, ai làm và lúc nào.</translation>
    </message>
    <message>
        <source>Writes the approved corrections for CMIS (docs/cmis-export.md).</source>
        <translation>Ghi các điều chỉnh đã duyệt cho CMIS (docs/cmis-export.md).</translation>
    </message>
    <message>
        <source>Tariff Audit branch server: receives signed inspection records from enrolled tablets. &apos;COMMAND --help&apos; gives the forms and options of a command.</source>
        <translation>Máy chủ điện lực Tariff Audit: nhận biên bản kiểm tra đã ký từ các máy tính bảng đã đăng ký. &apos;LỆNH --help&apos; cho cách viết và các tùy chọn của một lệnh.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tariff Audit</source>
        <translation>Kiểm tra áp giá</translation>
    </message>
    <message>
        <source>Start in training mode.</source>
        <translation>Khởi động ở chế độ đào tạo.</translation>
    </message>
    <message>
        <source>Interface language for this run: vi or en.</source>
        <translation>Ngôn ngữ giao diện cho lần chạy này: vi hoặc en.</translation>
    </message>
    <message>
        <source>Save screenshots of the main screens into DIR, then quit.</source>
        <translation>Lưu ảnh chụp các màn hình chính vào THƯ MỤC rồi thoát.</translation>
    </message>
</context>
<context>
    <name>ta</name>
    <message>
        <source>The inspection could not be saved: %1</source>
        <translation>Không lưu được lần kiểm tra: %1</translation>
    </message>
    <message>
        <source>signature.json: the algorithm is not Ed25519.</source>
        <translation>signature.json: thuật toán không phải Ed25519.</translation>
    </message>
    <message>
        <source>record.json: its SHA-256 %1 differs from the fingerprint %2 in signature.json; the record was changed after signing.</source>
        <translation>record.json: SHA-256 của nó là %1, khác dấu vân tay %2 trong signature.json; biên bản đã bị sửa sau khi ký.</translation>
    </message>
    <message>
        <source>record.json: the Ed25519 signature does not match the record and the public key (key %1).</source>
        <translation>record.json: chữ ký Ed25519 không khớp với biên bản và khóa công khai (khóa %1).</translation>
    </message>
    <message>
        <source>record.json: not in canonical form (sorted keys, no spaces, whole numbers).</source>
        <translation>record.json: không ở dạng chuẩn (khóa sắp xếp, không khoảng trắng, số nguyên).</translation>
    </message>
    <message>
        <source>record.json: unknown format &quot;%1&quot;.</source>
        <translation>record.json: định dạng không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>record.json: an evidence entry has no usable file name (&quot;%1&quot;).</source>
        <translation>record.json: một mục bằng chứng không có tên tệp dùng được (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>evidence/%1: missing.</source>
        <translation>evidence/%1: bị thiếu.</translation>
    </message>
    <message>
        <source>evidence/%1: its SHA-256 is %2, the record lists %3; the file was changed.</source>
        <translation>evidence/%1: SHA-256 của tệp là %2, biên bản ghi %3; tệp đã bị thay đổi.</translation>
    </message>
    <message>
        <source>signature.json: the record is signed by key %1, which is not the key of any registered device.</source>
        <translation>signature.json: biên bản được ký bằng khóa %1, không phải khóa của thiết bị nào đã đăng ký.</translation>
    </message>
    <message>
        <source>signature.json: the record is signed by device %1 (%2), whose key was revoked.</source>
        <translation>signature.json: biên bản được ký bởi thiết bị %1 (%2), khóa của thiết bị này đã bị thu hồi.</translation>
    </message>
    <message>
        <source>record.json is not a JSON object.</source>
        <translation>record.json không phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>evidence/%1: not a file of the folder (a link, a folder or a device).</source>
        <translation>evidence/%1: không phải là tệp của thư mục (là liên kết, thư mục hoặc thiết bị).</translation>
    </message>
    <message>
        <source>evidence/%1: %2 bytes, more than a picture may be (%3).</source>
        <translation>evidence/%1: %2 byte, lớn hơn mức cho phép của một ảnh (%3).</translation>
    </message>
</context>
<context>
    <name>ta::AnswersFile</name>
    <message>
        <source>%1: inspector: the record is signed by the profile signed in (--profile); remove this field.</source>
        <translation>%1: inspector: biên bản được ký bởi hồ sơ đang đăng nhập (--profile); hãy bỏ trường này.</translation>
    </message>
    <message>
        <source>%1: %2: the signing time is the clock&apos;s; for a paper record give the time of the visit as visitedAt.</source>
        <translation>%1: %2: thời điểm ký lấy theo đồng hồ; với biên bản giấy hãy ghi thời điểm kiểm tra vào visitedAt.</translation>
    </message>
    <message>
        <source>%1: %2: given on the command line or by photos and signatures; remove this field.</source>
        <translation>%1: %2: được cho trên dòng lệnh hoặc qua ảnh và chữ ký; hãy bỏ trường này.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (docs/answers-file.md lists the fields).</source>
        <translation>%1: trường không xác định &quot;%2&quot; (danh sách các trường ở docs/answers-file.md).</translation>
    </message>
    <message>
        <source>%1: %2: the picture&apos;s file is missing.</source>
        <translation>%1: %2: thiếu tệp ảnh.</translation>
    </message>
    <message>
        <source>%1: photos[%2].kind: &quot;photo&quot; or &quot;meter-photo&quot;, not &quot;%3&quot;.</source>
        <translation>%1: photos[%2].kind: &quot;photo&quot; hoặc &quot;meter-photo&quot;, không phải &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>signatures.%1: %2 is empty.</source>
        <translation>signatures.%1: %2 rỗng.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 không phải là một đối tượng JSON.</translation>
    </message>
</context>
<context>
    <name>ta::ApplianceCatalog</name>
    <message>
        <source>The list of common devices is missing.</source>
        <translation>Thiếu danh sách các thiết bị thường gặp.</translation>
    </message>
    <message>
        <source>%1: a list of devices (format 1) is expected.</source>
        <translation>%1: cần một danh sách thiết bị (định dạng 1).</translation>
    </message>
    <message>
        <source>%1, appliances[%2]: a name, kW above 0, a simultaneity of at most 1 and 0–24 hours a day are required.</source>
        <translation>%1, appliances[%2]: cần có tên, công suất kW lớn hơn 0, hệ số đồng thời tối đa 1 và 0–24 giờ mỗi ngày.</translation>
    </message>
</context>
<context>
    <name>ta::AssignDialog</name>
    <message>
        <source>Assign customers</source>
        <translation>Giao khách hàng</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Không thuộc đợt nào</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>Đợt %1: %2</translation>
    </message>
    <message>
        <source>Assigned from the worklist</source>
        <translation>Giao từ danh sách việc</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected customer(s)</source>
        <translation>
            <numerusform>%n khách hàng đã chọn</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer of the list as filtered now: %1</source>
        <translation>Mọi khách hàng của danh sách đang lọc: %1</translation>
    </message>
    <message>
        <source>The campaign&apos;s customers (its kind and narrowing)</source>
        <translation>Khách hàng của đợt (theo loại và phạm vi của đợt)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Kiểm tra viên</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Giao</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>No inspector&apos;s tablet is registered with the branch server yet: sync once after the operator approved them.</source>
        <translation>Chưa có máy tính bảng của kiểm tra viên nào đăng ký với máy chủ chi nhánh: hãy đồng bộ một lần sau khi quản trị đã duyệt các máy.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a branch server; assignments go through it (Settings → Branch server).</source>
        <translation>Thiết bị này chưa đăng ký với máy chủ chi nhánh; việc giao khách hàng đi qua máy chủ (Cài đặt → Máy chủ chi nhánh).</translation>
    </message>
    <message>
        <source>Inspector: choose whose tablet the customers go to.</source>
        <translation>Kiểm tra viên: chọn máy tính bảng nhận các khách hàng.</translation>
    </message>
    <message>
        <source>Reason: say why these customers are to be visited.</source>
        <translation>Lý do: ghi vì sao cần đến các khách hàng này.</translation>
    </message>
    <message>
        <source>Campaign: it is no longer on this device.</source>
        <translation>Đợt kiểm tra: đợt không còn trên thiết bị này.</translation>
    </message>
    <message>
        <source>Customers: none to assign.</source>
        <translation>Khách hàng: không có khách hàng nào để giao.</translation>
    </message>
    <message>
        <source>Customers: at most %1 at once; narrow the list by substation or route book.</source>
        <translation>Khách hàng: tối đa %1 mỗi lần; hãy thu hẹp danh sách theo trạm hoặc sổ ghi chỉ số.</translation>
    </message>
    <message>
        <source>Sending %1 customers to the branch server…</source>
        <translation>Đang gửi %1 khách hàng lên máy chủ chi nhánh…</translation>
    </message>
    <message>
        <source>The assignment was not made: %1</source>
        <translation>Chưa giao được: %1</translation>
    </message>
</context>
<context>
    <name>ta::BillCase</name>
    <message>
        <source>a whole number of kWh is required.</source>
        <translation>cần một số kWh nguyên.</translation>
    </message>
    <message>
        <source>a whole number of kWh is required, not %1.</source>
        <translation>cần một số kWh nguyên, không phải %1.</translation>
    </message>
    <message>
        <source>The case must be a JSON object.</source>
        <translation>Tệp tình huống phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>trường không xác định.</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD is required.</source>
        <translation>cần một ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>use single-rate, three-rate or prepaid.</source>
        <translation>dùng single-rate, three-rate hoặc prepaid.</translation>
    </message>
    <message>
        <source>a number is required.</source>
        <translation>cần một số.</translation>
    </message>
    <message>
        <source>true or false is required.</source>
        <translation>cần true hoặc false.</translation>
    </message>
    <message>
        <source>unknown register (normal, peak, offpeak).</source>
        <translation>biểu ghi không xác định (normal, peak, offpeak).</translation>
    </message>
    <message>
        <source>a non-empty list is required.</source>
        <translation>cần một danh sách không rỗng.</translation>
    </message>
    <message>
        <source>a price group is required.</source>
        <translation>cần một nhóm giá.</translation>
    </message>
    <message>
        <source>give exactly one of share, kwh or remainder.</source>
        <translation>chỉ ghi một trong share, kwh hoặc remainder.</translation>
    </message>
    <message>
        <source>a percentage is required.</source>
        <translation>cần một tỷ lệ phần trăm.</translation>
    </message>
    <message>
        <source>must be true.</source>
        <translation>phải là true.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Trường hợp</translation>
    </message>
</context>
<context>
    <name>ta::BillEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the start of the period is missing or not a date.</source>
        <translation>thiếu ngày đầu kỳ hoặc không phải là ngày.</translation>
    </message>
    <message>
        <source>the end of the period is missing or not a date.</source>
        <translation>thiếu ngày cuối kỳ hoặc không phải là ngày.</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2).</source>
        <translation>kỳ kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>a period of %1 days is longer than any billing period.</source>
        <translation>kỳ %1 ngày dài hơn mọi kỳ hóa đơn.</translation>
    </message>
    <message>
        <source>unknown price group &quot;%1&quot;.</source>
        <translation>nhóm giá không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a share must be above 0 and at most 100 %, not %1.</source>
        <translation>tỷ lệ phải lớn hơn 0 và không quá 100 %, không phải %1.</translation>
    </message>
    <message>
        <source>a fixed quantity must be a whole number of kWh, 0 or more, not %1.</source>
        <translation>sản lượng cố định phải là số kWh nguyên, từ 0 trở lên, không phải %1.</translation>
    </message>
    <message>
        <source>only one line may take the remainder.</source>
        <translation>chỉ một dòng được lấy phần còn lại.</translation>
    </message>
    <message>
        <source>the shares add up to %1 %, more than 100 %.</source>
        <translation>tổng tỷ lệ là %1 %, vượt quá 100 %.</translation>
    </message>
    <message>
        <source>the shares add up to %1 %; without a remainder line they must make 100 %.</source>
        <translation>tổng tỷ lệ là %1 %; khi không có dòng còn lại, tổng phải bằng 100 %.</translation>
    </message>
    <message>
        <source>fixed quantities need a remainder line or percentage lines for the rest.</source>
        <translation>sản lượng cố định cần một dòng còn lại hoặc các dòng tỷ lệ cho phần còn lại.</translation>
    </message>
    <message>
        <source>consumption cannot be negative (%1 kWh).</source>
        <translation>sản lượng không được âm (%1 kWh).</translation>
    </message>
    <message>
        <source>a three-rate reading needs normal, peak and off-peak kWh.</source>
        <translation>chỉ số công tơ 3 giá cần đủ kWh bình thường, cao điểm và thấp điểm.</translation>
    </message>
    <message>
        <source>normal / peak / off-peak kWh were given for a %1 meter; only three-rate meters have those registers.</source>
        <translation>kWh bình thường / cao điểm / thấp điểm được ghi cho công tơ %1; chỉ công tơ 3 giá có các biểu ghi này.</translation>
    </message>
    <message>
        <source>households must be 0.25 or more, in steps of 0.25, not %1.</source>
        <translation>số hộ phải từ 0,25 trở lên, theo bước 0,25, không phải %1.</translation>
    </message>
    <message>
        <source>no tariff book covers %1.</source>
        <translation>không có biểu giá nào áp dụng cho ngày %1.</translation>
    </message>
    <message>
        <source>book %1 has no price group &quot;%2&quot;.</source>
        <translation>biểu giá %1 không có nhóm giá &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>book %1 has no price for group &quot;%2&quot; at voltage %3.</source>
        <translation>biểu giá %1 không có giá cho nhóm &quot;%2&quot; ở cấp điện áp %3.</translation>
    </message>
    <message>
        <source>book %1 has no prepaid-card price for group &quot;%2&quot;.</source>
        <translation>biểu giá %1 không có giá thẻ trả trước cho nhóm &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>book %1 does not say which tier undeclared renters pay.</source>
        <translation>biểu giá %1 không quy định bậc giá cho người thuê nhà không kê khai được.</translation>
    </message>
    <message>
        <source>a three-rate meter billing group &quot;%1&quot; needs normal, peak and off-peak kWh.</source>
        <translation>công tơ 3 giá tính cho nhóm &quot;%1&quot; cần kWh bình thường, cao điểm và thấp điểm.</translation>
    </message>
    <message>
        <source>unknown voltage class &quot;%1&quot; (use a class the tariff books name: %2; or a value in kV).</source>
        <translation>cấp điện áp không xác định &quot;%1&quot; (dùng một cấp có trong biểu giá: %2; hoặc một giá trị kV).</translation>
    </message>
    <message>
        <source>no purpose given, and book %1 has no household ladder to assume.</source>
        <translation>không có mục đích sử dụng, và biểu giá %1 không có bậc thang sinh hoạt để mặc định.</translation>
    </message>
</context>
<context>
    <name>ta::BillLine</name>
    <message>
        <source>Tier %1</source>
        <translation>Bậc %1</translation>
    </message>
    <message>
        <source>Normal hours</source>
        <translation>Giờ bình thường</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Giờ cao điểm</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Giờ thấp điểm</translation>
    </message>
    <message>
        <source>Single price</source>
        <translation>Giá một thành phần</translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <translation>Thẻ trả trước</translation>
    </message>
    <message>
        <source>Tier %1 (renters not declared)</source>
        <translation>Bậc %1 (người thuê không kê khai được)</translation>
    </message>
</context>
<context>
    <name>ta::BoundedInput</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe).</source>
        <translation>%1 không phải là tệp (là thư mục, thiết bị hoặc ống dẫn).</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; at most %3 are accepted.</source>
        <translation>%1 có %2 byte; chỉ chấp nhận tối đa %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is more than %2 bytes; at most %2 are accepted.</source>
        <translation>%1 lớn hơn %2 byte; chỉ chấp nhận tối đa %2.</translation>
    </message>
    <message>
        <source>%1, byte %2: arrays and objects are nested more than %3 deep.</source>
        <translation>%1, byte %2: mảng và đối tượng lồng nhau quá %3 cấp.</translation>
    </message>
    <message>
        <source>%1, byte %2: not valid JSON (%3).</source>
        <translation>%1, byte %2: không phải JSON hợp lệ (%3).</translation>
    </message>
</context>
<context>
    <name>ta::BranchServerPage</name>
    <message>
        <source>Asking the server…</source>
        <translation>Đang hỏi máy chủ…</translation>
    </message>
    <message>
        <source>This tablet no longer sends to a server. Its records wait in the outbox for a new enrollment.</source>
        <translation>Máy tính bảng này không còn gửi lên máy chủ nào. Biên bản chờ trong hộp thư đi đến khi đăng ký lại.</translation>
    </message>
    <message>
        <source>Training mode never talks to a branch server: training records stay on this tablet.</source>
        <translation>Chế độ đào tạo không bao giờ kết nối máy chủ điện lực: biên bản đào tạo ở lại máy tính bảng này.</translation>
    </message>
    <message>
        <source>Sync cannot start on this tablet: the device key in the keychain cannot be read.</source>
        <translation>Không thể bắt đầu đồng bộ trên máy tính bảng này: không đọc được khóa thiết bị trong kho khóa.</translation>
    </message>
    <message>
        <source>Not enrolled: records wait in the outbox until this tablet is enrolled with the branch server.</source>
        <translation>Chưa đăng ký: biên bản chờ trong hộp thư đi đến khi máy tính bảng này được đăng ký với máy chủ điện lực.</translation>
    </message>
    <message>
        <source>Enrolled with %1, waiting for a branch leader&apos;s approval. Read this code to the leader: it must be the code the server shows beside this tablet.</source>
        <translation>Đã đăng ký với %1, đang chờ lãnh đạo điện lực duyệt. Đọc mã này cho lãnh đạo: mã phải trùng với mã máy chủ hiển thị cạnh máy tính bảng này.</translation>
    </message>
    <message>
        <source>The server %1 revoked this tablet. Enroll again with a new link from a branch leader.</source>
        <translation>Máy chủ %1 đã thu hồi máy tính bảng này. Hãy đăng ký lại bằng liên kết mới từ lãnh đạo điện lực.</translation>
    </message>
    <message>
        <source>Sends its records to %1 (server %2). Certificate pin %3…</source>
        <translation>Gửi biên bản đến %1 (máy chủ %2). Mã ghim chứng chỉ %3…</translation>
    </message>
    <message>
        <source>Enrolling with %1…</source>
        <translation>Đang đăng ký với %1…</translation>
    </message>
    <message>
        <source>Unenroll</source>
        <translation>Hủy đăng ký</translation>
    </message>
    <message>
        <source>This tablet will stop sending records to the branch server. Records not yet received stay in the outbox until the tablet is enrolled again.</source>
        <translation>Máy tính bảng này sẽ ngừng gửi biên bản lên máy chủ điện lực. Biên bản chưa được nhận vẫn ở trong hộp thư đi đến khi máy tính bảng được đăng ký lại.</translation>
    </message>
    <message>
        <source>&amp;Enrollment link from a branch leader</source>
        <translation>&amp;Liên kết đăng ký từ lãnh đạo điện lực</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Check approval</source>
        <translation>Kiểm tra duyệt</translation>
    </message>
    <message>
        <source>Unenroll…</source>
        <translation>Hủy đăng ký…</translation>
    </message>
    <message>
        <source>Scan the QR code on the leader&apos;s screen, or paste the link the leader sent (tariff-audit-server codes create prints both).</source>
        <translation>Quét mã QR trên màn hình của lãnh đạo, hoặc dán liên kết lãnh đạo đã gửi (lệnh tariff-audit-server codes create in ra cả hai).</translation>
    </message>
    <message>
        <source>Scan the QR code…</source>
        <translation>Quét mã QR…</translation>
    </message>
</context>
<context>
    <name>ta::CameraDialog</name>
    <message>
        <source>Take the photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Từ tệp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This tablet has no camera the app can use: choose a picture from a file.</source>
        <translation>Máy tính bảng này không có camera ứng dụng dùng được: hãy chọn ảnh từ tệp.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>Không dùng được camera: %1</translation>
    </message>
    <message>
        <source>The photo could not be taken: %1</source>
        <translation>Không chụp được ảnh: %1</translation>
    </message>
    <message>
        <source>Hold the tablet steady, the meter&apos;s digits readable, then take the photo.</source>
        <translation>Giữ máy cố định, thấy rõ chữ số trên công tơ, rồi bấm chụp.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Đang chụp…</translation>
    </message>
</context>
<context>
    <name>ta::CampaignDialog</name>
    <message>
        <source>substation %1</source>
        <translation>trạm %1</translation>
    </message>
    <message>
        <source>route book %1</source>
        <translation>sổ ghi chỉ số %1</translation>
    </message>
    <message>
        <source>price group %1</source>
        <translation>nhóm giá %1</translation>
    </message>
    <message>
        <source>the whole customer list</source>
        <translation>toàn bộ danh sách khách hàng</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Đợt kiểm tra mới</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Số lượt kiểm tra theo kế hoạch</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Create the campaign</source>
        <translation>Tạo đợt kiểm tra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>%1 customers flagged by “%2” in %3.</source>
        <translation>%1 khách hàng được cảnh báo “%2” trong %3.</translation>
    </message>
</context>
<context>
    <name>ta::Checks</name>
    <message>
        <source>ratio: the equipment inventory is empty.</source>
        <translation>tỷ lệ giá: bảng kê thiết bị đang trống.</translation>
    </message>
    <message>
        <source>ratio: the inventory adds up to 0 kWh a month; give power, hours and days.</source>
        <translation>tỷ lệ giá: bảng kê cộng lại 0 kWh mỗi tháng; hãy nhập công suất, số giờ và số ngày.</translation>
    </message>
    <message>
        <source>The customer&apos;s price string &quot;%1&quot; cannot be read: %2</source>
        <translation>Không đọc được chuỗi giá &quot;%1&quot; của khách hàng: %2</translation>
    </message>
    <message>
        <source>Change the households from %1 to %2 (%3 evidenced, %4 renters = %5 quota).</source>
        <translation>Điều chỉnh số hộ từ %1 thành %2 (%3 hộ có giấy tờ, %4 người thuê = %5 định mức).</translation>
    </message>
    <message>
        <source>Keep %1 households (%2 evidenced, %3 renters).</source>
        <translation>Giữ nguyên %1 hộ (%2 hộ có giấy tờ, %3 người thuê).</translation>
    </message>
    <message>
        <source>Change the ratio from %1 to %2 (shares differ by up to %3 points, tolerance %4).</source>
        <translation>Điều chỉnh tỷ lệ giá từ %1 thành %2 (chênh lệch tới %3 điểm phần trăm, ngưỡng %4).</translation>
    </message>
    <message>
        <source>Keep the ratio %1 (shares differ by up to %2 points, tolerance %3).</source>
        <translation>Giữ nguyên tỷ lệ giá %1 (chênh lệch tới %2 điểm phần trăm, ngưỡng %3).</translation>
    </message>
    <message>
        <source>No reading to compare: give today&apos;s and the previous reading with its date.</source>
        <translation>Chưa có chỉ số để so sánh: hãy nhập chỉ số hôm nay và chỉ số kỳ trước kèm ngày ghi.</translation>
    </message>
    <message>
        <source>%1 kWh in %2 days, as expected (%3 kWh).</source>
        <translation>%1 kWh trong %2 ngày, đúng như dự kiến (%3 kWh).</translation>
    </message>
    <message>
        <source>%1 kWh in %2 days against %3 kWh expected: %4.</source>
        <translation>%1 kWh trong %2 ngày so với %3 kWh dự kiến: %4.</translation>
    </message>
    <message>
        <source>Reading check before billing.</source>
        <translation>Kiểm dò chỉ số trước khi lập hóa đơn.</translation>
    </message>
    <message>
        <source>Household count</source>
        <translation>Số hộ dùng chung</translation>
    </message>
    <message>
        <source>Price ratio</source>
        <translation>Tỷ lệ giá</translation>
    </message>
    <message>
        <source>Three-rate meter</source>
        <translation>Công tơ 3 giá</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD)</source>
        <translation>Căn cước công dân (CCCD)</translation>
    </message>
    <message>
        <source>Residence certificate (CT07)</source>
        <translation>Xác nhận thông tin cư trú (CT07)</translation>
    </message>
    <message>
        <source>VNeID residence</source>
        <translation>Thông tin cư trú trên VNeID</translation>
    </message>
    <message>
        <source>Lease of 12 months or more</source>
        <translation>Hợp đồng thuê nhà từ 12 tháng</translation>
    </message>
    <message>
        <source>reading below the previous one</source>
        <translation>chỉ số thấp hơn kỳ trước</translation>
    </message>
    <message>
        <source>no consumption</source>
        <translation>không có sản lượng</translation>
    </message>
    <message>
        <source>consumption jump</source>
        <translation>sản lượng tăng đột biến</translation>
    </message>
    <message>
        <source>consumption drop</source>
        <translation>sản lượng giảm đột biến</translation>
    </message>
    <message>
        <source>the meter serial differs from the customer list</source>
        <translation>số công tơ khác với danh sách khách hàng</translation>
    </message>
    <message>
        <source>households: the meter has no purpose billed by households (%1); the household count does not apply.</source>
        <translation>households: công tơ không có mục đích nào tính theo số hộ (%1); không áp dụng kiểm tra số hộ.</translation>
    </message>
    <message>
        <source>ratio.appliances[%1].group: unknown price group &quot;%2&quot; (the tariff books know %3).</source>
        <translation>ratio.appliances[%1].group: nhóm giá không xác định &quot;%2&quot; (biểu giá có %3).</translation>
    </message>
    <message>
        <source>Renters on a lease of %1 months (under %2) whose users are not declared: all consumption billed at the tier for undeclared renters.</source>
        <translation>Người thuê nhà với hợp đồng %1 tháng (dưới %2 tháng) không kê khai được người sử dụng: toàn bộ sản lượng tính theo bậc dành cho người thuê không kê khai.</translation>
    </message>
    <message>
        <source>%n household(s) listed with a document that does not count without a leader&apos;s note.</source>
        <translation>%n hộ được kê với giấy tờ không được tính nếu không có ý kiến của lãnh đạo.</translation>
    </message>
    <message>
        <source>transformer %1 kVA (threshold %2 kVA)</source>
        <translation>máy biến áp %1 kVA (ngưỡng %2 kVA)</translation>
    </message>
    <message>
        <source>%1 kWh over %2, an average of %3 kWh a month (threshold %4 kWh)</source>
        <translation>%1 kWh trong %2, bình quân %3 kWh/tháng (ngưỡng %4 kWh)</translation>
    </message>
    <message>
        <source>for the production and business part; the whole meter used %1 kWh</source>
        <translation>tính phần sản xuất, kinh doanh; toàn công tơ dùng %1 kWh</translation>
    </message>
    <message>
        <source>No production or business purpose on the meter: the three-rate rule does not apply.</source>
        <translation>Công tơ không có mục đích sản xuất, kinh doanh: không áp dụng quy định công tơ 3 giá.</translation>
    </message>
    <message>
        <source>month %1 is missing</source>
        <translation>thiếu tháng %1</translation>
    </message>
    <message>
        <source>only %n month(s) recorded</source>
        <translation>mới có %n tháng số liệu</translation>
    </message>
    <message>
        <source>Not enough history to decide: %1 consecutive months are needed and %2. The meter stays as it is until they are known; %3.</source>
        <translation>Chưa đủ số liệu để kết luận: cần %1 tháng liên tục nhưng %2. Giữ nguyên công tơ cho đến khi có đủ số liệu; %3.</translation>
    </message>
    <message>
        <source>a dedicated transformer of %1 kVA (threshold %2 kVA)</source>
        <translation>máy biến áp chuyên dùng %1 kVA (ngưỡng %2 kVA)</translation>
    </message>
    <message>
        <source>Move to a three-rate meter: %1.</source>
        <translation>Chuyển sang công tơ 3 giá: %1.</translation>
    </message>
    <message>
        <source>Already on a three-rate meter, as required: %1.</source>
        <translation>Đã dùng công tơ 3 giá theo đúng quy định: %1.</translation>
    </message>
    <message>
        <source>A single-rate meter is allowed: %1; %2.</source>
        <translation>Được dùng công tơ 1 giá: %1; %2.</translation>
    </message>
    <message>
        <source>TT 16/2014/TT-BCT Art. 10(2): each tier block times the households; TT 09/2023/TT-BCT: households from residence data; renters: %1 persons = 1 household quota; a lease under %2 months with the users not declared: the tier for undeclared renters.</source>
        <translation>TT 16/2014/TT-BCT Điều 10 khoản 2: định mức mỗi bậc nhân số hộ; TT 09/2023/TT-BCT: số hộ theo dữ liệu cư trú; người thuê: %1 người = 1 định mức hộ; thuê dưới %2 tháng không kê khai được người sử dụng: tính theo bậc dành cho người thuê không kê khai.</translation>
    </message>
    <message>
        <source>Agreed ratio from the equipment inventory; TT 60/2025/TT-BCT: a wrong price is corrected over at most %1 months.</source>
        <translation>Tỷ lệ thỏa thuận theo bảng kê thiết bị; TT 60/2025/TT-BCT: áp giá sai được điều chỉnh tối đa %1 tháng.</translation>
    </message>
    <message>
        <source>TT 16/2014/TT-BCT Art. 9, TT 60/2025/TT-BCT: production and business customers on a dedicated transformer of %1 kVA or more, or averaging %2 kWh a month over %3 consecutive months, buy by time of use.</source>
        <translation>TT 16/2014/TT-BCT Điều 9, TT 60/2025/TT-BCT: khách hàng sản xuất, kinh doanh qua máy biến áp chuyên dùng từ %1 kVA trở lên hoặc có sản lượng bình quân %3 tháng liên tục từ %2 kWh/tháng trở lên mua điện theo hình thức ba giá.</translation>
    </message>
    <message>
        <source>Other document (needs a leader&apos;s note)</source>
        <translation>Giấy tờ khác (cần ý kiến lãnh đạo)</translation>
    </message>
    <message>
        <source>No legal rule set covers %1 (resources/tariffs/regulations.json).</source>
        <translation>Không có bộ quy định nào áp dụng cho ngày %1 (resources/tariffs/regulations.json).</translation>
    </message>
    <message>
        <source>Warning: the equipment listed explains only %1 of the %2 kWh the meter records in a month (%3 %); look for equipment not listed before concluding. </source>
        <translation>Lưu ý: thiết bị đã kê chỉ giải thích được %1 trên %2 kWh công tơ ghi nhận mỗi tháng (%3 %); hãy tìm thiết bị chưa kê trước khi kết luận. </translation>
    </message>
</context>
<context>
    <name>ta::ChecksStep</name>
    <message>
        <source>Meter %1 · %2 · %3 households · route book %4 no. %5</source>
        <translation>Công tơ %1 · %2 · %3 hộ · sổ GCS %4 STT %5</translation>
    </message>
    <message>
        <source>No warning from the pre-screen.</source>
        <translation>Không có cảnh báo từ bước sàng lọc.</translation>
    </message>
    <message>
        <source>Checks to walk through:</source>
        <translation>Các nội dung cần kiểm tra:</translation>
    </message>
    <message>
        <source>Choose at least one check.</source>
        <translation>Hãy chọn ít nhất một nội dung kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ta::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Các cột của %1</translation>
    </message>
    <message>
        <source>This file is not in the customer-list template. Choose which of its columns holds each field; the choice is remembered for files with the same columns. Fields marked * are required.</source>
        <translation>Tệp này không theo mẫu danh sách khách hàng. Hãy chọn cột của tệp ứng với từng trường; lựa chọn được ghi nhớ cho các tệp có cùng các cột. Các trường có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Import with these columns</source>
        <translation>Nhập theo các cột này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ta::CsvReader</name>
    <message>
        <source>The text encoding %1 is not available on this system; save the file as UTF-8.</source>
        <translation>Hệ thống không có bảng mã %1; hãy lưu tệp dạng UTF-8.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a customer list: a customer list is a CSV or .xlsx file.</source>
        <translation>Đây là tài liệu PDF, không phải danh sách khách hàng: danh sách khách hàng là tệp CSV hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Byte %1 is binary data (0x%2), not text: this is not a CSV file; a customer list is a CSV or .xlsx file.</source>
        <translation>Byte thứ %1 là dữ liệu nhị phân (0x%2), không phải văn bản: đây không phải tệp CSV; danh sách khách hàng là tệp CSV hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Line %1, field %2: the byte 0x%3 is not UTF-8 text. Save the file as UTF-8 (CSV UTF-8 in Excel) or choose its encoding.</source>
        <translation>Dòng %1, trường %2: byte 0x%3 không phải văn bản UTF-8. Hãy lưu tệp dạng UTF-8 (CSV UTF-8 trong Excel) hoặc chọn bảng mã của tệp.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls): save it as an .xlsx workbook or as CSV UTF-8.</source>
        <translation>Đây là sổ tính Excel 97-2003 (.xls): hãy lưu lại thành sổ tính .xlsx hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: the row is longer than %2 bytes.</source>
        <translation>Dòng %1: dòng dài hơn %2 byte.</translation>
    </message>
    <message>
        <source>Line %1, field %2: the quoted text is longer than %3 bytes; is its closing quote missing?</source>
        <translation>Dòng %1, trường %2: đoạn trong dấu ngoặc kép dài hơn %3 byte; có phải thiếu dấu ngoặc kép đóng?</translation>
    </message>
    <message>
        <source>Line %1, field %2: the field is longer than %3 bytes.</source>
        <translation>Dòng %1, trường %2: trường dài hơn %3 byte.</translation>
    </message>
    <message>
        <source>Line %1: these bytes are not %2 text. Save the file as UTF-8 (CSV UTF-8 in Excel) or choose its encoding.</source>
        <translation>Dòng %1: các byte này không phải văn bản %2. Hãy lưu tệp dạng UTF-8 (CSV UTF-8 trong Excel) hoặc chọn bảng mã của tệp.</translation>
    </message>
    <message>
        <source>Line %1: the row has more than %2 fields.</source>
        <translation>Dòng %1: dòng có hơn %2 trường.</translation>
    </message>
    <message>
        <source>Line %1, field %2: the quote opened here is not closed before the end of the file.</source>
        <translation>Dòng %1, trường %2: dấu ngoặc kép mở tại đây không được đóng trước khi hết tệp.</translation>
    </message>
</context>
<context>
    <name>ta::CustomerDetail</name>
    <message>
        <source>Customer %1</source>
        <translation>Khách hàng %1</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Substation / route book / No.</source>
        <translation>Trạm / sổ GCS / STT</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Công tơ</translation>
    </message>
    <message>
        <source>%1, %2, multiplier %3</source>
        <translation>%1, %2, hệ số nhân %3</translation>
    </message>
    <message>
        <source>three-rate</source>
        <translation>3 giá</translation>
    </message>
    <message>
        <source>single-rate</source>
        <translation>1 giá</translation>
    </message>
    <message>
        <source>Voltage / transformer</source>
        <translation>Cấp điện áp / TBA</translation>
    </message>
    <message>
        <source>Price string</source>
        <translation>Chuỗi giá</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Ratio last checked</source>
        <translation>Kiểm tra tỷ lệ giá lần cuối</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>Tọa độ GPS</translation>
    </message>
    <message>
        <source>No warning.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Inspections of this customer will be listed here.</source>
        <translation>Các lượt kiểm tra khách hàng này sẽ được liệt kê tại đây.</translation>
    </message>
    <message>
        <source>Consumption, kWh per month</source>
        <translation>Sản lượng, kWh mỗi tháng</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Normal hours</source>
        <translation>Giờ bình thường</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Giờ cao điểm</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Giờ thấp điểm</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>(about %1 a month, %2 over the recovery period)</source>
        <translation>(khoảng %1 mỗi tháng, %2 trong thời gian truy thu)</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Kiểm tra</translation>
    </message>
</context>
<context>
    <name>ta::CustomerImport</name>
    <message>
        <source>the customer code is missing.</source>
        <translation>thiếu mã khách hàng.</translation>
    </message>
    <message>
        <source>a customer code has 13 characters: 2 letters, 4 letters or digits, then 7 digits.</source>
        <translation>mã khách hàng có 13 ký tự: 2 chữ cái, 4 chữ cái hoặc chữ số, rồi 7 chữ số.</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>thiếu tên.</translation>
    </message>
    <message>
        <source>a whole number, 0 or more.</source>
        <translation>một số nguyên, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>1 (single-rate) or 3 (three-rate).</source>
        <translation>1 (công tơ 1 giá) hoặc 3 (công tơ 3 giá).</translation>
    </message>
    <message>
        <source>a whole number, 1 or more.</source>
        <translation>một số nguyên, từ 1 trở lên.</translation>
    </message>
    <message>
        <source>0.25 or more, in steps of 0.25 (4 renters = 1 household).</source>
        <translation>từ 0,25 trở lên, theo bước 0,25 (4 người thuê = 1 hộ).</translation>
    </message>
    <message>
        <source>the price string is missing.</source>
        <translation>thiếu chuỗi giá.</translation>
    </message>
    <message>
        <source>a whole number of kVA, 0 or more.</source>
        <translation>một số kVA nguyên, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>latitude,longitude in Vietnam (8–24 N, 102–110 E).</source>
        <translation>vĩ độ,kinh độ trong lãnh thổ Việt Nam (8–24 độ Bắc, 102–110 độ Đông).</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD or dd/MM/yyyy.</source>
        <translation>một ngày dạng YYYY-MM-DD hoặc dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>a whole number of kWh, 0 or more.</source>
        <translation>một số kWh nguyên, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>normal / peak / off-peak kWh on a single-rate meter (LOAI_DDO 1).</source>
        <translation>có kWh bình thường / cao điểm / thấp điểm trên công tơ 1 giá (LOAI_DDO 1).</translation>
    </message>
    <message>
        <source>a three-rate month needs all three registers.</source>
        <translation>tháng của công tơ 3 giá cần đủ ba biểu ghi.</translation>
    </message>
    <message>
        <source>the registers add up to %1 kWh, not %2.</source>
        <translation>tổng các biểu ghi là %1 kWh, không phải %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 rỗng.</translation>
    </message>
    <message>
        <source>%1, line 1: the column %2 appears twice (columns %3 and %4).</source>
        <translation>%1, dòng 1: cột %2 xuất hiện hai lần (cột %3 và %4).</translation>
    </message>
    <message>
        <source>%1 is not in the customer-list template: the column(s) %2 are missing. Map the file&apos;s columns, or save the template and copy the data into it.</source>
        <translation>%1 không theo mẫu danh sách khách hàng: thiếu cột %2. Hãy ghép các cột của tệp, hoặc lưu mẫu rồi chép dữ liệu vào.</translation>
    </message>
    <message>
        <source>The data file is busy; try again.</source>
        <translation>Tệp dữ liệu đang bận; hãy thử lại.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2.</source>
        <translation>dòng có %1 trường, dòng tiêu đề có %2.</translation>
    </message>
    <message>
        <source>the same customer code is already on line %1.</source>
        <translation>mã khách hàng này đã có ở dòng %1.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Đã hủy nhập: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 has a header but no customers.</source>
        <translation>%1 có dòng tiêu đề nhưng không có khách hàng nào.</translation>
    </message>
    <message>
        <source>The import could not be recorded.</source>
        <translation>Không ghi nhận được lần nhập.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>line,column,value,reason</source>
        <translation>dòng,cột,giá trị,lý do</translation>
    </message>
    <message>
        <source>a voltage class of the tariff books (%1) or a value in kV.</source>
        <translation>một cấp điện áp có trong biểu giá (%1) hoặc một giá trị kV.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe).</source>
        <translation>%1 không phải là tệp (là thư mục, thiết bị hoặc ống dẫn).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a customer list is at most %3 MB. Split it, by branch or by route book.</source>
        <translation>%1 có %2 MB; danh sách khách hàng tối đa %3 MB. Hãy tách tệp theo chi nhánh hoặc theo sổ ghi chỉ số.</translation>
    </message>
    <message>
        <source>%1 has more than %2 customers; a list is at most %2. Split it, by branch or by route book.</source>
        <translation>%1 có hơn %2 khách hàng; một danh sách tối đa %2. Hãy tách tệp theo chi nhánh hoặc theo sổ ghi chỉ số.</translation>
    </message>
    <message>
        <source>not a column of the customer-list template.</source>
        <translation>không phải cột của mẫu danh sách khách hàng.</translation>
    </message>
    <message>
        <source>the column %1 appears twice.</source>
        <translation>cột %1 xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>the column is missing.</source>
        <translation>thiếu cột này.</translation>
    </message>
</context>
<context>
    <name>ta::CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>Mã KH</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Route book</source>
        <translation>Sổ GCS</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Price string</source>
        <translation>Chuỗi giá</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>12 months at stake</source>
        <translation>Ảnh hưởng 12 tháng</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Đã lập biên bản</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <source>Assigned by the branch: %1</source>
        <translation>Điện lực giao: %1</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Đang sắp xếp…</translation>
    </message>
</context>
<context>
    <name>ta::CustomerRepository</name>
    <message>
        <source>Customer %1 could not be saved: %2</source>
        <translation>Không lưu được khách hàng %1: %2</translation>
    </message>
</context>
<context>
    <name>ta::CustomerSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Tìm kiếm thất bại: %1</translation>
    </message>
</context>
<context>
    <name>ta::DashboardPage</name>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Không thuộc đợt nào</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Visited of plan</source>
        <translation>Đã kiểm tra so với kế hoạch</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>At stake (VND)</source>
        <translation>Số tiền liên quan (đồng)</translation>
    </message>
    <message>
        <source>Corrected (VND)</source>
        <translation>Đã điều chỉnh (đồng)</translation>
    </message>
    <message>
        <source>Returned, waiting for the correction</source>
        <translation>Đã trả lại, chờ sửa</translation>
    </message>
    <message>
        <source>Average days from visit to decision</source>
        <translation>Số ngày trung bình từ kiểm tra đến quyết định</translation>
    </message>
    <message>
        <source>From visit to decision</source>
        <translation>Từ kiểm tra đến quyết định</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Kiểm tra viên</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Chưa áp dụng</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Changed otherwise</source>
        <translation>Thay đổi khác</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>Không có trong danh sách</translation>
    </message>
    <message>
        <source>Predicted (VND)</source>
        <translation>Dự tính (đồng)</translation>
    </message>
    <message>
        <source>Measured (VND)</source>
        <translation>Thực tế (đồng)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Không đọc được số liệu: %1</translation>
    </message>
    <message>
        <source>Corrections overdue in CMIS: %1.</source>
        <translation>Điều chỉnh quá hạn chưa áp vào CMIS: %1.</translation>
    </message>
    <message>
        <source>Progress against plan</source>
        <translation>Tiến độ so với kế hoạch</translation>
    </message>
    <message>
        <source>Findings by kind</source>
        <translation>Phát hiện theo loại</translation>
    </message>
    <message>
        <source>Money per month</source>
        <translation>Số tiền theo tháng</translation>
    </message>
    <message>
        <source>Decisions and returned backlog</source>
        <translation>Quyết định và biên bản trả lại tồn đọng</translation>
    </message>
    <message>
        <source>Records per inspector per day</source>
        <translation>Biên bản theo kiểm tra viên theo ngày</translation>
    </message>
    <message>
        <source>Reconciliation after correction</source>
        <translation>Đối soát sau áp giá</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>%1 (the %2 first of %3; every row in the table)</source>
        <translation>%1 (%2 dòng đầu trong %3; đủ các dòng trong bảng)</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Liên quan</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Đã điều chỉnh</translation>
    </message>
    <message>
        <source>Million VND</source>
        <translation>Triệu đồng</translation>
    </message>
    <message>
        <source>Returned backlog</source>
        <translation>Trả lại tồn đọng</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Dự tính</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Không ghi được biểu đồ vào %1.</translation>
    </message>
    <message>
        <source>Branch report</source>
        <translation>Báo cáo chi nhánh</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Kỳ: %1 – %2</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Người lập: %1, lúc %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>ĐÀO TẠO</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>The branch&apos;s records and assignments as the last sync brought them, and the reconciliation of the approved corrections against the customer list imported last. Progress counts every visit up to the period&apos;s last day.</source>
        <translation>Biên bản và việc giao khách hàng của chi nhánh theo lần đồng bộ gần nhất, và đối soát các điều chỉnh đã duyệt với danh sách khách hàng nhập gần nhất. Tiến độ tính mọi lượt kiểm tra đến ngày cuối của kỳ.</translation>
    </message>
    <message>
        <source>Your own signed records and the customers assigned to you.</source>
        <translation>Các biên bản bạn đã ký và các khách hàng được giao cho bạn.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chọn ngày</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Theo đợt kiểm tra</translation>
    </message>
    <message>
        <source>By substation</source>
        <translation>Theo trạm</translation>
    </message>
    <message>
        <source>By inspector</source>
        <translation>Theo kiểm tra viên</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Lưu biểu đồ (PNG)</translation>
    </message>
    <message>
        <source>Branch report (PDF)</source>
        <translation>Báo cáo chi nhánh (PDF)</translation>
    </message>
    <message>
        <source>My report (PDF)</source>
        <translation>Báo cáo của tôi (PDF)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation>không có số liệu trong kỳ</translation>
    </message>
    <message>
        <source>%1 – %2: customers visited %3, approved %4, returned and waiting for the correction %5.</source>
        <translation>%1 – %2: đã kiểm tra %3 khách hàng, đã duyệt %4, đã trả lại chờ sửa %5.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Đối soát</translation>
    </message>
</context>
<context>
    <name>ta::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>%1 is not a database this program can read.</source>
        <translation>%1 không phải cơ sở dữ liệu mà chương trình này đọc được.</translation>
    </message>
    <message>
        <source>%1 is not a %2 database of Tariff Audit.</source>
        <translation>%1 không phải tệp %2 của Kiểm tra áp giá.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tariff Audit (schema %2; this version knows up to %3). It was left untouched: update Tariff Audit to open it.</source>
        <translation>%1 được ghi bởi phiên bản Kiểm tra áp giá mới hơn (lược đồ %2; phiên bản này chỉ biết đến %3). Tệp được giữ nguyên: hãy cập nhật Kiểm tra áp giá để mở tệp.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Lỗi cơ sở dữ liệu trong %1: %2</translation>
    </message>
    <message>
        <source>Could not copy %1 before upgrading it: %2. Nothing was changed.</source>
        <translation>Không sao lưu được %1 trước khi nâng cấp: %2. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1.</source>
        <translation>Không bắt đầu được giao dịch trên %1.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4. The database was left at schema %5.</source>
        <translation>Nâng cấp %1 lên lược đồ %2 (%3) thất bại: %4. Cơ sở dữ liệu vẫn ở lược đồ %5.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Không có giao dịch nào đang mở.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Lưu thất bại: %1</translation>
    </message>
    <message>
        <source>Could not name the copy of %1 %2 before upgrading it. Nothing was changed.</source>
        <translation>Không đặt được tên %2 cho bản sao của %1 trước khi nâng cấp. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The storage of this device is full: nothing was saved. Free some space (old record folders, photos, lists) and try again.</source>
        <translation>Bộ nhớ của thiết bị đã đầy: chưa lưu được gì. Hãy giải phóng bớt dung lượng (thư mục biên bản cũ, ảnh, danh sách) rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>ta::DemoDialog</name>
    <message>
        <source>Demonstration: %1</source>
        <translation>Trình diễn: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Toàn màn hình (F11)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Bước %1/%2 · %3</translation>
    </message>
</context>
<context>
    <name>ta::DemoTour</name>
    <message>
        <source>The rule:</source>
        <translation>Quy định:</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>The checks to walk</source>
        <translation>Các nội dung kiểm tra</translation>
    </message>
    <message>
        <source>From what is found at the door, the inspector walks these checks:</source>
        <translation>Từ những gì thấy tại hiện trường, kiểm tra viên đi qua các nội dung sau:</translation>
    </message>
    <message>
        <source>Renters not forming a household: %1 persons</source>
        <translation>Người thuê không lập hộ: %1 người</translation>
    </message>
    <message>
        <source>The landlord cannot declare who uses the power; lease of %1 months</source>
        <translation>Chủ nhà không kê khai được người sử dụng điện; hợp đồng thuê %1 tháng</translation>
    </message>
    <message>
        <source>%1 (%2): %3 kW × %4 × %5 × %6 h × %7 days = %8 kWh a month</source>
        <translation>%1 (%2): %3 kW × %4 × %5 × %6 giờ × %7 ngày = %8 kWh/tháng</translation>
    </message>
    <message>
        <source>Nothing to type: the rule reads the list&apos;s months, its meter and its transformer.</source>
        <translation>Không cần nhập gì: quy định đọc sản lượng các tháng, loại công tơ và trạm biến áp trong danh sách.</translation>
    </message>
    <message>
        <source>Meter seen: %1</source>
        <translation>Công tơ tại hiện trường: %1</translation>
    </message>
    <message>
        <source>Reading today %1, previous %2 on %3</source>
        <translation>Chỉ số hôm nay %1, kỳ trước %2 ngày %3</translation>
    </message>
    <message>
        <source>What is entered:</source>
        <translation>Nội dung nhập:</translation>
    </message>
    <message>
        <source>The app concludes:</source>
        <translation>Ứng dụng kết luận:</translation>
    </message>
    <message>
        <source>Evidence and signatures</source>
        <translation>Chứng cứ và chữ ký</translation>
    </message>
    <message>
        <source>A photo of the meter with its serial and reading.</source>
        <translation>Ảnh công tơ thể hiện số công tơ và chỉ số.</translation>
    </message>
    <message>
        <source>The customer refuses: %1 signs as witness; the reason is written: %2</source>
        <translation>Khách hàng từ chối ký: %1 ký làm chứng; ghi rõ lý do: %2</translation>
    </message>
    <message>
        <source>The customer and the inspector sign on the screen.</source>
        <translation>Khách hàng và kiểm tra viên ký trên màn hình.</translation>
    </message>
    <message>
        <source>Over the recovery period (%1 months, VAT included) the change is worth %2.</source>
        <translation>Trong thời gian truy thu, thoái hoàn (%1 tháng, đã gồm thuế GTGT), số tiền chênh lệch là %2.</translation>
    </message>
    <message>
        <source>No change: the customer is billed right.</source>
        <translation>Không thay đổi: khách hàng đang được tính đúng giá.</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>What this scenario teaches: %1</source>
        <translation>Tình huống này dạy: %1</translation>
    </message>
</context>
<context>
    <name>ta::DeviceKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Không khởi động được thư viện mật mã.</translation>
    </message>
    <message>
        <source>The signing key in the %1 is damaged (%2 bytes).</source>
        <translation>Khóa ký trong %1 bị hỏng (%2 byte).</translation>
    </message>
    <message>
        <source>Records cannot be signed: %1</source>
        <translation>Không thể ký biên bản: %1</translation>
    </message>
    <message>
        <source>The signing key could not be saved in the %1: %2 Records cannot be signed until it is available.</source>
        <translation>Không lưu được khóa ký vào %1: %2 Chưa thể ký biên bản cho đến khi kho khóa sẵn sàng.</translation>
    </message>
    <message>
        <source>A signing key has %1 bytes, not %2.</source>
        <translation>Khóa ký có %1 byte, không phải %2.</translation>
    </message>
</context>
<context>
    <name>ta::Diagnostics</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>ta::EvidenceStore</name>
    <message>
        <source>Only PNG and JPEG pictures can be kept as evidence.</source>
        <translation>Chỉ lưu được ảnh PNG và JPEG làm bằng chứng.</translation>
    </message>
    <message>
        <source>The picture is larger than %1 MB.</source>
        <translation>Ảnh lớn hơn %1 MB.</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1.</source>
        <translation>Không đọc được ảnh: %1.</translation>
    </message>
    <message>
        <source>The picture could not be made smaller.</source>
        <translation>Không thu nhỏ được ảnh.</translation>
    </message>
    <message>
        <source>%1: the picture is larger than %2 MB.</source>
        <translation>%1: ảnh lớn hơn %2 MB.</translation>
    </message>
</context>
<context>
    <name>ta::Exams</name>
    <message>
        <source>%1: exams[%2]: the id, name, scenarios or date is missing.</source>
        <translation>%1: exams[%2]: thiếu mã, tên, tình huống hoặc ngày.</translation>
    </message>
    <message>
        <source>Give the exam a name.</source>
        <translation>Hãy đặt tên cho bài kiểm tra.</translation>
    </message>
    <message>
        <source>Choose at least one scenario for the exam.</source>
        <translation>Hãy chọn ít nhất một tình huống cho bài kiểm tra.</translation>
    </message>
    <message>
        <source>The scenario %1 is not in the library.</source>
        <translation>Tình huống %1 không có trong thư viện.</translation>
    </message>
    <message>
        <source>The pass mark is a percent from 1 to 100.</source>
        <translation>Điểm đạt là phần trăm từ 1 đến 100.</translation>
    </message>
</context>
<context>
    <name>ta::FlaggedList</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation>không tạo được tệp.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>the file cannot be replaced.</source>
        <translation>không thay thế được tệp.</translation>
    </message>
    <message>
        <source>The flagged customers were saved to %1.</source>
        <translation>Đã lưu danh sách khách hàng có cảnh báo vào %1.</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Đã hủy xuất: %1 không được ghi.</translation>
    </message>
    <message>
        <source>MA_KHANG,TEN_KHANG,DIA_CHI,MA_SOGCS,STT,rules,reasons,monthly impact (VND),12-month impact (VND),impact unknown because</source>
        <translation>MA_KHANG,TEN_KHANG,DIA_CHI,MA_SOGCS,STT,quy tắc,lý do,số tiền mỗi tháng (đồng),số tiền 12 tháng (đồng),chưa biết số tiền vì</translation>
    </message>
</context>
<context>
    <name>ta::HouseholdQuota</name>
    <message>
        <source>households.leaseMonths: the renters&apos; users are not declared; give the length of their lease in months.</source>
        <translation>households.leaseMonths: người sử dụng của người thuê không được kê khai; hãy ghi thời hạn hợp đồng thuê theo tháng.</translation>
    </message>
    <message>
        <source>households: list at least one household living at the address, or the renters.</source>
        <translation>số hộ: hãy kê ít nhất một hộ sinh sống tại địa chỉ, hoặc người thuê nhà.</translation>
    </message>
    <message numerus="yes">
        <source>households: none of the %n households listed has a document that counts (CCCD, CT07, VNeID, a lease of %1 months or more) or a leader&apos;s note.</source>
        <translation>
            <numerusform>households: không hộ nào trong %n hộ được kê có giấy tờ hợp lệ (CCCD, CT07, VNeID, hợp đồng thuê từ %1 tháng) hoặc ý kiến của lãnh đạo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ta::HouseholdsStep</name>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Leader&apos;s note (for another document)</source>
        <translation>Ý kiến lãnh đạo (với giấy tờ khác)</translation>
    </message>
    <message>
        <source>Add a household</source>
        <translation>Thêm hộ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Renters not forming a household (persons):</source>
        <translation>Người thuê nhà không lập hộ (số người):</translation>
    </message>
    <message>
        <source>The landlord cannot declare who uses the power</source>
        <translation>Chủ nhà không kê khai được người sử dụng điện</translation>
    </message>
    <message>
        <source>Lease length (months):</source>
        <translation>Thời hạn thuê (tháng):</translation>
    </message>
</context>
<context>
    <name>ta::IdentifyStep</name>
    <message>
        <source>Photo of the meter…</source>
        <translation>Chụp ảnh công tơ…</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>This device has no position source: type the coordinates or leave them empty.</source>
        <translation>Thiết bị này không có nguồn định vị: hãy nhập tọa độ hoặc để trống.</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Định vị</translation>
    </message>
    <message>
        <source>Meter serial seen</source>
        <translation>Số công tơ thực tế</translation>
    </message>
    <message>
        <source>Reading today</source>
        <translation>Chỉ số hôm nay</translation>
    </message>
    <message>
        <source>Previous reading</source>
        <translation>Chỉ số kỳ trước</translation>
    </message>
    <message>
        <source>Previous reading date</source>
        <translation>Ngày ghi chỉ số kỳ trước</translation>
    </message>
    <message>
        <source>Person present</source>
        <translation>Người có mặt</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Với tư cách</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>GPS (latitude, longitude)</source>
        <translation>Tọa độ GPS (vĩ độ, kinh độ)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <source>a representative</source>
        <translation>người đại diện</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>vĩ độ</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>kinh độ</translation>
    </message>
    <message>
        <source>Cancel locating</source>
        <translation>Hủy định vị</translation>
    </message>
    <message>
        <source>No position within %1 seconds (indoors?). Try again outside, or type the coordinates.</source>
        <translation>Không có vị trí trong %1 giây (đang ở trong nhà?). Thử lại ngoài trời, hoặc nhập tọa độ.</translation>
    </message>
    <message>
        <source>The app may not use the position: allow it in the tablet&apos;s settings, or type the coordinates.</source>
        <translation>Ứng dụng chưa được phép dùng vị trí: hãy cho phép trong cài đặt của máy tính bảng, hoặc nhập tọa độ.</translation>
    </message>
    <message>
        <source>The position could not be read. Type the coordinates or leave them empty.</source>
        <translation>Không đọc được vị trí. Hãy nhập tọa độ hoặc để trống.</translation>
    </message>
</context>
<context>
    <name>ta::ImpactEstimator</name>
    <message>
        <source>split: month %1 has no normal / peak / off-peak registers; give the split to assume for a three-rate meter.</source>
        <translation>tỷ lệ: tháng %1 không có biểu ghi bình thường / cao điểm / thấp điểm; hãy cho tỷ lệ giả định cho công tơ 3 giá.</translation>
    </message>
    <message>
        <source>split: normal, peak and off-peak shares must add up to 100 %.</source>
        <translation>tỷ lệ: tổng tỷ lệ bình thường, cao điểm và thấp điểm phải bằng 100 %.</translation>
    </message>
    <message>
        <source>Month %1/%2: %3</source>
        <translation>Tháng %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>ta::ImportTemplate</name>
    <message>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Trạm biến áp</translation>
    </message>
    <message>
        <source>Route book</source>
        <translation>Sổ ghi chỉ số</translation>
    </message>
    <message>
        <source>Order in the route book</source>
        <translation>Số thứ tự trong sổ</translation>
    </message>
    <message>
        <source>Meter serial</source>
        <translation>Số công tơ</translation>
    </message>
    <message>
        <source>Metering point type</source>
        <translation>Loại điểm đo</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Hệ số nhân</translation>
    </message>
    <message>
        <source>Voltage level</source>
        <translation>Cấp điện áp</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Price string</source>
        <translation>Chuỗi giá</translation>
    </message>
    <message>
        <source>Transformer (kVA)</source>
        <translation>Công suất máy biến áp (kVA)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Tọa độ</translation>
    </message>
    <message>
        <source>Date the price ratio was last checked</source>
        <translation>Ngày kiểm tra tỷ lệ giá gần nhất</translation>
    </message>
</context>
<context>
    <name>ta::Inspection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>text expected</source>
        <translation>cần một đoạn văn bản</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>cần true hoặc false</translation>
    </message>
    <message>
        <source>a number expected, not &quot;%1&quot;</source>
        <translation>cần một số, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 nằm ngoài khoảng %2 đến %3</translation>
    </message>
    <message>
        <source>a whole number expected, not %1</source>
        <translation>cần một số nguyên, không phải %1</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD expected, not &quot;%1&quot;</source>
        <translation>cần ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object expected</source>
        <translation>cần một đối tượng</translation>
    </message>
    <message>
        <source>a list expected</source>
        <translation>cần một danh sách</translation>
    </message>
    <message>
        <source>a date and time written YYYY-MM-DDThh:mm:ss expected</source>
        <translation>cần ngày giờ dạng YYYY-MM-DDThh:mm:ss</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot; (households, ratio, three-rate, reading)</source>
        <translation>nội dung kiểm tra không xác định &quot;%1&quot; (households, ratio, three-rate, reading)</translation>
    </message>
    <message>
        <source>&quot;customer&quot; or &quot;representative&quot; expected</source>
        <translation>cần &quot;customer&quot; hoặc &quot;representative&quot;</translation>
    </message>
    <message>
        <source>the head of household is missing</source>
        <translation>còn thiếu chủ hộ</translation>
    </message>
    <message>
        <source>unknown evidence &quot;%1&quot; (cccd, ct07, vneid, lease, other)</source>
        <translation>giấy tờ không xác định &quot;%1&quot; (cccd, ct07, vneid, lease, other)</translation>
    </message>
    <message>
        <source>a date and time written YYYY-MM-DDThh:mm:ss+07:00 expected</source>
        <translation>cần ngày giờ viết dạng YYYY-MM-DDThh:mm:ss+07:00</translation>
    </message>
    <message>
        <source>the purpose&apos;s price group (a CMIS code such as SHBT or KDDV) is missing</source>
        <translation>thiếu nhóm giá của mục đích sử dụng (mã CMIS như SHBT hoặc KDDV)</translation>
    </message>
</context>
<context>
    <name>ta::InspectionFlow</name>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <source>No keychain is available: the record cannot be signed.</source>
        <translation>Không có kho khóa: không thể ký biên bản.</translation>
    </message>
    <message>
        <source>Once signed, the record cannot be changed; a correction makes a new revision. Sign it now?</source>
        <translation>Sau khi ký, biên bản không thể sửa; muốn điều chỉnh phải lập bản sửa đổi mới. Ký ngay bây giờ?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>The record was signed and kept, but its PDF could not be written: %1</source>
        <translation>Biên bản đã được ký và lưu, nhưng không ghi được tệp PDF: %1</translation>
    </message>
    <message>
        <source>Record %1 is signed. Fingerprint %2.</source>
        <translation>Biên bản %1 đã được ký. Dấu vân tay %2.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Close (kept as draft)</source>
        <translation>Đóng (giữ bản nháp)</translation>
    </message>
    <message>
        <source>Checks</source>
        <comment>step bar, short</comment>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Identify</source>
        <comment>step bar, short</comment>
        <translation>Nhận diện</translation>
    </message>
    <message>
        <source>Households</source>
        <comment>step bar, short</comment>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Price ratio</source>
        <comment>step bar, short</comment>
        <translation>Tỷ lệ giá</translation>
    </message>
    <message>
        <source>Three-rate</source>
        <comment>step bar, short</comment>
        <translation>Công tơ 3 giá</translation>
    </message>
    <message>
        <source>Sign</source>
        <comment>step bar, short</comment>
        <translation>Ký</translation>
    </message>
    <message>
        <source>Correction of record %1: this will be revision %2</source>
        <translation>Sửa biên bản %1: đây sẽ là lần %2</translation>
    </message>
</context>
<context>
    <name>ta::InspectionListModel</name>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần sửa</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Thay đổi lần cuối</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <source>Received by the server</source>
        <translation>Máy chủ đã nhận</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Bị trả lại: %1</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Máy chủ từ chối</translation>
    </message>
    <message>
        <source>Branch review</source>
        <translation>Điện lực duyệt</translation>
    </message>
</context>
<context>
    <name>ta::InspectionSession</name>
    <message>
        <source>No data file is open.</source>
        <translation>Chưa mở tệp dữ liệu nào.</translation>
    </message>
    <message>
        <source>No customer %1 in this data file.</source>
        <translation>Không có khách hàng %1 trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>Record %1 is signed; use Correct to make a new revision.</source>
        <translation>Biên bản %1 đã ký; hãy dùng Điều chỉnh để lập lần sửa mới.</translation>
    </message>
    <message>
        <source>The check %1 is not part of this inspection.</source>
        <translation>Nội dung kiểm tra %1 không thuộc lần kiểm tra này.</translation>
    </message>
    <message>
        <source>Choose at least one check.</source>
        <translation>Hãy chọn ít nhất một nội dung kiểm tra.</translation>
    </message>
    <message>
        <source>Who was present: the name is missing.</source>
        <translation>Người có mặt: còn thiếu họ tên.</translation>
    </message>
    <message>
        <source>The inspector&apos;s signature is missing.</source>
        <translation>Còn thiếu chữ ký của kiểm tra viên.</translation>
    </message>
    <message>
        <source>The customer&apos;s signature is missing (or write why the customer refused).</source>
        <translation>Còn thiếu chữ ký của khách hàng (hoặc ghi lý do khách hàng từ chối ký).</translation>
    </message>
    <message>
        <source>The customer refused to sign: a witness must sign and give their name.</source>
        <translation>Khách hàng từ chối ký: người làm chứng phải ký và ghi họ tên.</translation>
    </message>
    <message>
        <source>The signature image %1 is not in the evidence list.</source>
        <translation>Ảnh chữ ký %1 không có trong danh sách bằng chứng.</translation>
    </message>
    <message>
        <source>The record is signed; it cannot change.</source>
        <translation>Biên bản đã ký; không thể thay đổi.</translation>
    </message>
    <message>
        <source>Unknown signer &quot;%1&quot;.</source>
        <translation>Người ký không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 is already signed.</source>
        <translation>Biên bản %1 đã được ký.</translation>
    </message>
    <message>
        <source>No keychain is available: the record cannot be signed.</source>
        <translation>Không có kho khóa: không thể ký biên bản.</translation>
    </message>
    <message>
        <source>Record %1 is already signed; use Correct to make a new revision.</source>
        <translation>Biên bản %1 đã được ký; hãy dùng &quot;Điều chỉnh&quot; để lập bản sửa đổi mới.</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing from %2.</source>
        <translation>Tệp bằng chứng %1 bị thiếu trong %2.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>No picture %1 in this inspection.</source>
        <translation>Lần kiểm tra này không có ảnh %1.</translation>
    </message>
</context>
<context>
    <name>ta::InspectionStore</name>
    <message>
        <source>Inspection %1 is signed or does not exist; it cannot change.</source>
        <translation>Lần kiểm tra %1 đã ký hoặc không tồn tại; không thể thay đổi.</translation>
    </message>
    <message>
        <source>No inspection %1.</source>
        <translation>Không có lần kiểm tra %1.</translation>
    </message>
    <message>
        <source>The inspection could not be saved: the data file is busy.</source>
        <translation>Không lưu được lần kiểm tra: tệp dữ liệu đang bận.</translation>
    </message>
    <message>
        <source>Record %1 is already signed; it cannot change.</source>
        <translation>Biên bản %1 đã được ký; không thể thay đổi.</translation>
    </message>
    <message>
        <source>No signed record %1.</source>
        <translation>Không có biên bản đã ký %1.</translation>
    </message>
    <message>
        <source>An inspection with the id %1 already exists (%2).</source>
        <translation>Đã có lần kiểm tra với mã %1 (%2).</translation>
    </message>
    <message>
        <source>a signed record</source>
        <translation>một biên bản đã ký</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>một bản nháp</translation>
    </message>
</context>
<context>
    <name>ta::InspectionsPage</name>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>No customer has the meter %1.</source>
        <translation>Không có khách hàng nào dùng công tơ %1.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kiểm tra tính nguyên vẹn</translation>
    </message>
    <message numerus="yes">
        <source>The record is intact: signature, fingerprint and %n evidence files match.</source>
        <translation>
            <numerusform>Biên bản còn nguyên vẹn: chữ ký, dấu vân tay và %n tệp bằng chứng đều khớp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Meter serial, as printed on the meter</source>
        <translation>Số công tơ, như in trên công tơ</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>Bắt đầu kiểm tra</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Mở PDF</translation>
    </message>
    <message>
        <source>Drafts resume where you stopped. Signed records never change: Correct makes a new revision.</source>
        <translation>Bản nháp tiếp tục từ chỗ đã dừng. Biên bản đã ký không bao giờ thay đổi: &quot;Điều chỉnh&quot; lập bản sửa đổi mới.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Người ký: %1.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Biên bản %1</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <source>Discard the draft inspection of %1? Its answers, photos and signatures are discarded; this cannot be undone.</source>
        <translation>Bỏ bản nháp kiểm tra của %1? Các câu trả lời, ảnh và chữ ký của nó bị bỏ; không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Bỏ bản nháp…</translation>
    </message>
</context>
<context>
    <name>ta::LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>%1, enter your PIN to continue where you left off.</source>
        <translation>%1, nhập mã PIN để tiếp tục công việc đang dở.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
</context>
<context>
    <name>ta::MainWindow</name>
    <message>
        <source>Worklist</source>
        <translation>Danh sách việc</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Reset training data</source>
        <translation>Khôi phục dữ liệu đào tạo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Dữ liệu đào tạo</translation>
    </message>
    <message>
        <source>Cancelled: the training data was left as it was.</source>
        <translation>Đã hủy: dữ liệu đào tạo được giữ nguyên.</translation>
    </message>
    <message>
        <source>The training data is back to its initial state.</source>
        <translation>Dữ liệu đào tạo đã trở về trạng thái ban đầu.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Chế độ đào tạo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Restoring the training customers…</source>
        <translation>Đang khôi phục khách hàng đào tạo…</translation>
    </message>
    <message>
        <source>Generating training customers…</source>
        <translation>Đang tạo khách hàng đào tạo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Tariff Audit</source>
        <translation>Kiểm tra áp giá</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Khóa ngay (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Thêm hồ sơ</translation>
    </message>
    <message>
        <source>%1 can now sign in on this tablet as %2.</source>
        <translation>%1 đã có thể đăng nhập trên máy tính bảng này với vai trò %2.</translation>
    </message>
    <message>
        <source>Put the training workspace back to its initial state? The customers are generated again, and every trainee&apos;s drafts, signed records and photos on this tablet are deleted.</source>
        <translation>Đưa vùng đào tạo về trạng thái ban đầu? Khách hàng được tạo lại, và mọi bản nháp, biên bản đã ký và ảnh của mọi học viên trên máy tính bảng này bị xóa.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Luyện tập</translation>
    </message>
</context>
<context>
    <name>ta::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ta::OutboxPage</name>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Training records never leave this tablet: in training mode the outbox stays empty and nothing is sent.</source>
        <translation>Biên bản đào tạo không bao giờ rời máy tính bảng này: ở chế độ đào tạo hộp thư đi luôn trống và không gửi gì cả.</translation>
    </message>
    <message>
        <source>This tablet is not enrolled with a branch server yet: records wait here. Enroll it in Settings › Branch server.</source>
        <translation>Máy tính bảng này chưa đăng ký với máy chủ điện lực: biên bản chờ ở đây. Hãy đăng ký trong Cài đặt › Máy chủ điện lực.</translation>
    </message>
    <message>
        <source>Waiting for a branch leader to approve this tablet (comparison code %1).</source>
        <translation>Đang chờ lãnh đạo điện lực duyệt máy tính bảng này (mã đối chiếu %1).</translation>
    </message>
    <message>
        <source>Server %1. Last synchronised %2.</source>
        <translation>Máy chủ %1. Đồng bộ lần cuối %2.</translation>
    </message>
    <message>
        <source>Server %1. Not synchronised yet.</source>
        <translation>Máy chủ %1. Chưa đồng bộ lần nào.</translation>
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <translation>Lần thử cuối %1: %2</translation>
    </message>
    <message>
        <source>%1 waiting · %2 received · %3 approved · %4 returned · %5 quarantined</source>
        <translation>%1 đang chờ · %2 đã nhận · %3 đã duyệt · %4 bị trả lại · %5 bị cách ly</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <source>Take out of the outbox</source>
        <translation>Bỏ khỏi hộp thư đi</translation>
    </message>
    <message>
        <source>Record %1 will no longer be sent to the branch server. The signed record and its PDF stay on this tablet under Inspections.

The server&apos;s reason: %2</source>
        <translation>Biên bản %1 sẽ không được gửi lên máy chủ điện lực nữa. Biên bản đã ký và tệp PDF vẫn ở trên máy tính bảng này, trong mục Kiểm tra.

Lý do của máy chủ: %2</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Bỏ ra</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation>Bỏ ra…</translation>
    </message>
</context>
<context>
    <name>ta::PhotoStrip</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(không đọc được)</translation>
    </message>
    <message>
        <source>Delete this photo</source>
        <translation>Xóa ảnh này</translation>
    </message>
    <message>
        <source>Delete the photo</source>
        <translation>Xóa ảnh</translation>
    </message>
</context>
<context>
    <name>ta::PinHasher</name>
    <message>
        <source>The PIN must have 4 to 8 digits.</source>
        <translation>Mã PIN phải có từ 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>The PIN may contain digits only.</source>
        <translation>Mã PIN chỉ được chứa chữ số.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Không khởi tạo được thư viện mật mã.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the PIN.</source>
        <translation>Không đủ bộ nhớ để bảo vệ mã PIN.</translation>
    </message>
</context>
<context>
    <name>ta::PinPad</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Hồ sơ này không còn tồn tại.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before a waiting time.</source>
        <translation>
            <numerusform>Sai mã PIN. Còn %n lần thử trước khi phải chờ.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Bạn có thể thử lại.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n seconds.</source>
        <translation>
            <numerusform>Sai mã PIN. Thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Xóa chữ số cuối</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>ta::PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Luyện tập</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>chưa làm</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No scenario done yet: choose one and press Start.</source>
        <translation>Chưa làm tình huống nào: chọn một tình huống rồi bấm Bắt đầu.</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios done · %3 of %4 points (%5 %) · %6 minutes of practice</source>
        <translation>Đã làm %1 trên %2 tình huống · %3 trên %4 điểm (%5 %) · %6 phút luyện tập</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 trên %2 (%3 %)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>The record cannot be scored: %1</source>
        <translation>Không chấm điểm được biên bản: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Điểm: %1</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3 %)</source>
        <translation>%1 trên %2 điểm (%3 %)</translation>
    </message>
    <message>
        <source>What this scenario teaches: %1</source>
        <translation>Tình huống này dạy: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Đáp án</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Của bạn</translation>
    </message>
    <message>
        <source>Every conclusion is right.</source>
        <translation>Mọi kết luận đều đúng.</translation>
    </message>
    <message>
        <source>The rules behind your mistakes:</source>
        <translation>Quy định liên quan đến các lỗi của bạn:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save the score sheet</source>
        <translation>Lưu bảng điểm</translation>
    </message>
    <message>
        <source>score-sheet-%1.pdf</source>
        <translation>bang-diem-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>score-sheet-%1.csv</source>
        <translation>bang-diem-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the score file</source>
        <translation>Lưu tệp điểm</translation>
    </message>
    <message>
        <source>scores-%1.json</source>
        <translation>diem-%1.json</translation>
    </message>
    <message>
        <source>Score files (*.json)</source>
        <translation>Tệp điểm (*.json)</translation>
    </message>
    <message>
        <source>Saved %1. A trainer imports it on the Practice page.</source>
        <translation>Đã lưu %1. Giảng viên nhập tệp này ở trang Luyện tập.</translation>
    </message>
    <message>
        <source>Import a score file</source>
        <translation>Nhập tệp điểm</translation>
    </message>
    <message numerus="yes">
        <source>The scores of %1 are in the class (%n attempt(s)).</source>
        <translation>
            <numerusform>Điểm của %1 đã có trong lớp (%n lượt làm).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Điểm cao nhất</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>A fresh attempt in the real inspection screens, with this card beside them</source>
        <translation>Một lượt làm mới trên đúng các màn hình kiểm tra, có thẻ tình huống bên cạnh</translation>
    </message>
    <message>
        <source>Score sheet (PDF)</source>
        <translation>Bảng điểm (PDF)</translation>
    </message>
    <message>
        <source>Score sheet (CSV)</source>
        <translation>Bảng điểm (CSV)</translation>
    </message>
    <message>
        <source>Score file for the trainer</source>
        <translation>Tệp điểm cho giảng viên</translation>
    </message>
    <message>
        <source>The class: the trainees of this tablet and the score files imported</source>
        <translation>Lớp học: học viên trên máy này và các tệp điểm đã nhập</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Scenarios done</source>
        <translation>Tình huống đã làm</translation>
    </message>
    <message>
        <source>Best scores</source>
        <translation>Điểm cao nhất</translation>
    </message>
    <message>
        <source>Rule most missed</source>
        <translation>Quy định hay sai nhất</translation>
    </message>
    <message>
        <source>Import a score file…</source>
        <translation>Nhập tệp điểm…</translation>
    </message>
    <message>
        <source>passed with %1 %</source>
        <translation>đạt với %1 %</translation>
    </message>
    <message>
        <source>not passed: %1 %</source>
        <translation>chưa đạt: %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios done</source>
        <translation>đã làm %1 trên %2 tình huống</translation>
    </message>
    <message>
        <source>Exam &quot;%1&quot; (pass mark %2 %; the first attempt counts): %3 — %4</source>
        <translation>Bài kiểm tra &quot;%1&quot; (đạt từ %2 %; tính lượt làm đầu tiên): %3 — %4</translation>
    </message>
    <message>
        <source>Exam: %1</source>
        <translation>Kiểm tra: %1</translation>
    </message>
    <message>
        <source>passed, %1 %</source>
        <translation>đạt, %1 %</translation>
    </message>
    <message>
        <source>not passed, %1 %</source>
        <translation>chưa đạt, %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>đã làm %1 trên %2</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Trình diễn</translation>
    </message>
    <message>
        <source>New exam</source>
        <translation>Bài kiểm tra mới</translation>
    </message>
    <message>
        <source>For example: Households, class of March</source>
        <translation>Ví dụ: Số hộ, lớp tháng 3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Điểm đạt</translation>
    </message>
    <message>
        <source>Set the exam</source>
        <translation>Giao bài kiểm tra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Scenarios of the exam (each counts with the trainee&apos;s first attempt from now on):</source>
        <translation>Các tình huống của bài kiểm tra (mỗi tình huống tính lượt làm đầu tiên của học viên kể từ bây giờ):</translation>
    </message>
    <message>
        <source>The model answer step by step, in large type for a projector</source>
        <translation>Đáp án mẫu từng bước, chữ lớn để chiếu lên màn hình</translation>
    </message>
    <message>
        <source>New exam…</source>
        <translation>Bài kiểm tra mới…</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (đã nhập)</translation>
    </message>
    <message>
        <source>Import a scenario</source>
        <translation>Nhập tình huống</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Tệp tình huống (*.json)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the library of this tablet&apos;s training.</source>
        <translation>&quot;%1&quot; đã có trong thư viện đào tạo của máy này.</translation>
    </message>
    <message>
        <source>Import a scenario…</source>
        <translation>Nhập tình huống…</translation>
    </message>
    <message>
        <source>A scenario file written as docs/scenario-file.md describes</source>
        <translation>Tệp tình huống viết theo mô tả trong docs/scenario-file.md</translation>
    </message>
    <message>
        <source>The class — most missed: %1</source>
        <translation>Lớp học — hay sai nhất: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ pháp lý: %1</translation>
    </message>
</context>
<context>
    <name>ta::Prescreener</name>
    <message>
        <source>Shared meter</source>
        <translation>Nhiều hộ dùng chung</translation>
    </message>
    <message>
        <source>Renters</source>
        <translation>Người thuê nhà</translation>
    </message>
    <message>
        <source>Price ratio</source>
        <translation>Tỷ lệ giá</translation>
    </message>
    <message>
        <source>Administrative, 100 %</source>
        <translation>Hành chính sự nghiệp 100 %</translation>
    </message>
    <message>
        <source>Three-rate meter</source>
        <translation>Công tơ 3 giá</translation>
    </message>
    <message>
        <source>Abnormal consumption</source>
        <translation>Sản lượng bất thường</translation>
    </message>
    <message>
        <source>Pre-screening cancelled: the previous results were kept.</source>
        <translation>Đã hủy sàng lọc: giữ nguyên kết quả trước.</translation>
    </message>
    <message>
        <source>%1 households share the meter: each tier block is multiplied by them. Check the households living at the address (CCCD, CT07, VNeID). TT 16/2014 Art. 10; TT 09/2023.</source>
        <translation>%1 hộ dùng chung công tơ: định mức mỗi bậc được nhân theo số hộ. Kiểm tra các hộ cư trú tại địa chỉ (CCCD, CT07, VNeID). TT 16/2014 Điều 10; TT 09/2023.</translation>
    </message>
    <message>
        <source>Renters counted by persons (%1 quotas, 4 persons = 1). Check the lease (12 months or more) and the persons declared.</source>
        <translation>Người thuê tính theo số người (%1 định mức, 4 người = 1). Kiểm tra hợp đồng thuê (từ 12 tháng) và số người kê khai.</translation>
    </message>
    <message>
        <source>Multi-purpose meter (%1); the ratio was last agreed on %2. Re-check it with an equipment inventory. TT 60/2025.</source>
        <translation>Công tơ nhiều mục đích (%1); tỷ lệ được thỏa thuận lần cuối ngày %2. Kiểm tra lại bằng bảng kê thiết bị. TT 60/2025.</translation>
    </message>
    <message>
        <source>Multi-purpose meter (%1); no ratio check is recorded. Check it with an equipment inventory. TT 60/2025.</source>
        <translation>Công tơ nhiều mục đích (%1); chưa có lần kiểm tra tỷ lệ nào. Kiểm tra bằng bảng kê thiết bị. TT 60/2025.</translation>
    </message>
    <message>
        <source>Billed 100 % at the administrative price: check for business use (rented space, canteen, services), which needs a business share.</source>
        <translation>Áp 100 % giá hành chính sự nghiệp: kiểm tra việc sử dụng kinh doanh (cho thuê mặt bằng, căn tin, dịch vụ) cần áp tỷ lệ giá kinh doanh.</translation>
    </message>
    <message>
        <source>Single-rate meter on a dedicated %1 kVA transformer (threshold %2 kVA): must move to a three-rate meter.</source>
        <translation>Công tơ 1 giá trên trạm biến áp riêng %1 kVA (ngưỡng %2 kVA): phải chuyển sang công tơ 3 giá.</translation>
    </message>
    <message>
        <source>No consumption in %1 after %2 kWh a month: check the meter and the reading.</source>
        <translation>Không có sản lượng trong tháng %1 sau khi dùng %2 kWh mỗi tháng: kiểm tra công tơ và chỉ số.</translation>
    </message>
    <message>
        <source>%1 kWh in %2 against %3 before: a jump to check.</source>
        <translation>%1 kWh trong tháng %2 so với %3 trước đó: tăng đột biến cần kiểm tra.</translation>
    </message>
    <message>
        <source>%1 kWh in %2 against %3 before: a drop to check.</source>
        <translation>%1 kWh trong tháng %2 so với %3 trước đó: giảm đột biến cần kiểm tra.</translation>
    </message>
    <message>
        <source>The data file is busy; try again.</source>
        <translation>Tệp dữ liệu đang bận; hãy thử lại.</translation>
    </message>
    <message>
        <source>Single-rate meter at %1 kWh a month on average over %2 to %3 (threshold %4): must move to a three-rate meter.</source>
        <translation>Công tơ 1 giá với sản lượng bình quân %1 kWh/tháng từ %2 đến %3 (ngưỡng %4): phải chuyển sang công tơ 3 giá.</translation>
    </message>
    <message>
        <source>Impact unknown: the shares of the uses can only be measured with an equipment inventory at the visit.</source>
        <translation>Chưa biết số tiền: tỷ lệ các mục đích sử dụng chỉ xác định được bằng bảng kê thiết bị khi kiểm tra.</translation>
    </message>
    <message>
        <source>Impact unknown: it depends on the reading found at the meter.</source>
        <translation>Chưa biết số tiền: phụ thuộc chỉ số ghi được tại công tơ.</translation>
    </message>
    <message>
        <source>Impact unknown: the bill could not be made (%1).</source>
        <translation>Chưa biết số tiền: không tính được hóa đơn (%1).</translation>
    </message>
</context>
<context>
    <name>ta::PriceString</name>
    <message>
        <source>Price string &quot;%1&quot;: %2</source>
        <translation>Chuỗi giá &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>chuỗi rỗng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not GROUP:AMOUNT.</source>
        <translation>&quot;%1&quot; không có dạng NHÓM:LƯỢNG.</translation>
    </message>
    <message>
        <source>unknown register &quot;%1&quot; (KT, BT, CD, TD).</source>
        <translation>biểu ghi không xác định &quot;%1&quot; (KT, BT, CD, TD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage, a kWh quantity or CL.</source>
        <translation>&quot;%1&quot; không phải tỷ lệ phần trăm, sản lượng kWh hay CL.</translation>
    </message>
    <message>
        <source>group %1 has different amounts on its registers, which is not supported.</source>
        <translation>nhóm %1 có lượng khác nhau trên các biểu ghi, điều này chưa được hỗ trợ.</translation>
    </message>
    <message>
        <source>unknown price group &quot;%1&quot; (the tariff books know %2).</source>
        <translation>nhóm giá không xác định &quot;%1&quot; (biểu giá có %2).</translation>
    </message>
</context>
<context>
    <name>ta::ProfileData</name>
    <message>
        <source>customer data</source>
        <translation>dữ liệu khách hàng</translation>
    </message>
    <message>
        <source>%1 holds real customer data and cannot be used in training mode.</source>
        <translation>%1 chứa dữ liệu khách hàng thật, không được dùng trong chế độ đào tạo.</translation>
    </message>
    <message>
        <source>%1 holds training data and cannot be used outside training mode.</source>
        <translation>%1 chứa dữ liệu đào tạo, không được dùng ngoài chế độ đào tạo.</translation>
    </message>
</context>
<context>
    <name>ta::ProfileForm</name>
    <message>
        <source>PIN: the two entries differ. Type the same PIN twice.</source>
        <translation>Mã PIN: hai lần nhập khác nhau. Hãy nhập cùng một mã PIN hai lần.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>Each person who uses this device signs in with their own profile and PIN. The PIN is never stored, only a protected fingerprint of it.</source>
        <translation>Mỗi người dùng thiết bị này đăng nhập bằng hồ sơ và mã PIN riêng. Mã PIN không bao giờ được lưu, chỉ lưu dấu vân tay đã được bảo vệ của nó.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>Staff / KTV &amp;card number</source>
        <translation>Số thẻ nhân viên / &amp;KTV</translation>
    </message>
    <message>
        <source>&amp;Branch (Điện lực)</source>
        <translation>Điện &amp;lực</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation>Mã &amp;PIN (4–8 chữ số)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Nhập &amp;lại mã PIN</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. Điện lực Thủ Dầu Một</source>
        <translation>ví dụ: Điện lực Thủ Dầu Một</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Tạo hồ sơ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Chế độ đào tạo</translation>
    </message>
    <message>
        <source>A leader&apos;s or trainer&apos;s profile is added by a branch leader signed in on this tablet, from Settings.</source>
        <translation>Hồ sơ lãnh đạo hay giảng viên do một lãnh đạo điện lực đã đăng nhập trên máy tính bảng này thêm, từ mục Cài đặt.</translation>
    </message>
</context>
<context>
    <name>ta::ProfileStore</name>
    <message>
        <source>profile list</source>
        <translation>danh sách hồ sơ</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>Full name: enter the person&apos;s full name.</source>
        <translation>Họ và tên: hãy nhập họ và tên đầy đủ.</translation>
    </message>
    <message>
        <source>Card number: enter the staff or KTV card number.</source>
        <translation>Số thẻ: hãy nhập số thẻ nhân viên hoặc thẻ KTV.</translation>
    </message>
    <message>
        <source>Branch: enter the power branch (Điện lực).</source>
        <translation>Điện lực: hãy nhập tên Điện lực.</translation>
    </message>
    <message>
        <source>PIN: %1</source>
        <translation>Mã PIN: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Không lưu được hồ sơ: %1</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Role: a leader&apos;s or trainer&apos;s profile is added by a branch leader signed in on this tablet (Settings › Add a profile…); at the sign-in screen only an inspector&apos;s profile can be made.</source>
        <translation>Vai trò: hồ sơ lãnh đạo hay giảng viên do một lãnh đạo điện lực đã đăng nhập trên máy tính bảng này thêm (Cài đặt › Thêm hồ sơ…); ở màn hình đăng nhập chỉ tạo được hồ sơ kiểm tra viên.</translation>
    </message>
</context>
<context>
    <name>ta::QrScanDialog</name>
    <message>
        <source>Scan the enrollment code</source>
        <translation>Quét mã đăng ký</translation>
    </message>
    <message>
        <source>From a picture…</source>
        <translation>Từ một ảnh…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This tablet has no camera the app can use. Choose a picture of the code instead, or paste the link.</source>
        <translation>Máy tính bảng này không có camera mà ứng dụng dùng được. Hãy chọn một ảnh chụp mã, hoặc dán liên kết.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>Không dùng được camera: %1</translation>
    </message>
    <message>
        <source>Point the camera at the code on the leader&apos;s screen.</source>
        <translation>Hướng camera vào mã trên màn hình của lãnh đạo.</translation>
    </message>
    <message>
        <source>A picture of the enrollment code</source>
        <translation>Ảnh chụp mã đăng ký</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ta::RatioStep</name>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Simultaneity</source>
        <translation>Hệ số đồng thời</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Giờ/ngày</translation>
    </message>
    <message>
        <source>Days/month</source>
        <translation>Ngày/tháng</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Thêm thiết bị</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ta::RecordFolder</name>
    <message>
        <source>Record number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>The folder %1 cannot be replaced.</source>
        <translation>Không thay được thư mục %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>ta::RecordPdf</name>
    <message>
        <source>No. %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>RECORD OF AN ELECTRICITY PRICE-APPLICATION INSPECTION</source>
        <translation>BIÊN BẢN KIỂM TRA ÁP GIÁ BÁN ĐIỆN</translation>
    </message>
    <message>
        <source>Revision %1, replacing record %2</source>
        <translation>Bản sửa đổi lần %1, thay thế biên bản %2</translation>
    </message>
    <message>
        <source>At %1, at %2, we recorded the following.</source>
        <translation>Vào lúc %1, tại %2, chúng tôi lập biên bản như sau.</translation>
    </message>
    <message>
        <source>1. Inspectors</source>
        <translation>1. Thành phần kiểm tra</translation>
    </message>
    <message>
        <source>%1, inspector card %2, %3</source>
        <translation>%1, thẻ kiểm tra viên %2, %3</translation>
    </message>
    <message>
        <source>2. Customer and metering point</source>
        <translation>2. Khách hàng và điểm đo</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Người có mặt</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>người đại diện</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>số giấy tờ %1</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Công tơ</translation>
    </message>
    <message>
        <source>%1, %2, multiplier %3</source>
        <translation>%1, %2, hệ số nhân %3</translation>
    </message>
    <message>
        <source>three-rate</source>
        <translation>3 giá</translation>
    </message>
    <message>
        <source>single-rate</source>
        <translation>1 giá</translation>
    </message>
    <message>
        <source>Voltage, transformer</source>
        <translation>Cấp điện áp, máy biến áp</translation>
    </message>
    <message>
        <source>%1, %2 kVA</source>
        <translation>%1, %2 kVA</translation>
    </message>
    <message>
        <source>Substation, route book, No.</source>
        <translation>Trạm, sổ GCS, STT</translation>
    </message>
    <message>
        <source>Current price application</source>
        <translation>Áp giá hiện tại</translation>
    </message>
    <message>
        <source>%1, %2 households</source>
        <translation>%1, %2 hộ</translation>
    </message>
    <message>
        <source>Reading today</source>
        <translation>Chỉ số hôm nay</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>Tọa độ GPS</translation>
    </message>
    <message>
        <source>3. Findings</source>
        <translation>3. Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Households evidenced:</source>
        <translation>Các hộ có giấy tờ chứng minh:</translation>
    </message>
    <message>
        <source>Equipment inventory:</source>
        <translation>Bảng kê thiết bị:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Simultaneity</source>
        <translation>Hệ số đồng thời</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Giờ/ngày</translation>
    </message>
    <message>
        <source>Days/month</source>
        <translation>Ngày/tháng</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>4. Proposed price application</source>
        <translation>4. Đề nghị áp giá</translation>
    </message>
    <message>
        <source>%1, %2 households, %3 meter, effective from reading %4.</source>
        <translation>%1, %2 hộ, công tơ %3, áp dụng từ chỉ số %4.</translation>
    </message>
    <message>
        <source>(not taken)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>The current price application is kept.</source>
        <translation>Giữ nguyên áp giá hiện tại.</translation>
    </message>
    <message>
        <source>5. The customer&apos;s statement</source>
        <translation>5. Ý kiến của khách hàng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>KHÁCH HÀNG</translation>
    </message>
    <message>
        <source>WITNESS</source>
        <translation>NGƯỜI LÀM CHỨNG</translation>
    </message>
    <message>
        <source>INSPECTOR</source>
        <translation>KIỂM TRA VIÊN</translation>
    </message>
    <message>
        <source>The customer did not sign: %1</source>
        <translation>Khách hàng không ký: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Biên bản %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Dấu vân tay SHA-256: %1</translation>
    </message>
    <message>
        <source>Signed with device key %1</source>
        <translation>Ký bằng khóa thiết bị %1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Inspection record %1</source>
        <translation>Biên bản kiểm tra %1</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be written.</source>
        <translation>Không ghi được tệp PDF %1.</translation>
    </message>
    <message>
        <source>TRAINING — NOT VALID</source>
        <translation>ĐÀO TẠO — KHÔNG CÓ GIÁ TRỊ</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Trang %1/%2 · %3</translation>
    </message>
    <message>
        <source>Visit at %1, at %2, recorded on paper; entered and signed at %3.</source>
        <translation>Kiểm tra lúc %1, tại %2, lập biên bản giấy; nhập và ký lúc %3.</translation>
    </message>
    <message>
        <source>Recovery period</source>
        <translation>Thời gian truy thu</translation>
    </message>
    <message>
        <source>leader&apos;s note: %1</source>
        <translation>ý kiến lãnh đạo: %1</translation>
    </message>
    <message>
        <source>Thresholds applied (rule set %1): three-rate meter from %2 kWh a month over %3 consecutive months or a %4 kVA transformer; %5 renters = 1 household quota; lease under %6 months; back-billing over at most %7 months.</source>
        <translation>Ngưỡng đã áp dụng (bộ quy định %1): công tơ 3 giá từ %2 kWh/tháng bình quân %3 tháng liên tục hoặc máy biến áp %4 kVA; %5 người thuê = 1 định mức hộ; thuê dưới %6 tháng; truy thu tối đa %7 tháng.</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Priced with the tariff books:</source>
        <translation>Tính tiền theo biểu giá:</translation>
    </message>
    <message>
        <source>Preview: this record is not signed yet and has no fingerprint.</source>
        <translation>Bản xem trước: biên bản này chưa được ký và chưa có dấu vân tay số.</translation>
    </message>
    <message>
        <source>PREVIEW — NOT SIGNED</source>
        <translation>BẢN XEM TRƯỚC — CHƯA KÝ</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Cấp điện áp</translation>
    </message>
    <message>
        <source>latitude %1; longitude %2</source>
        <translation>vĩ độ %1; kinh độ %2</translation>
    </message>
    <message>
        <source>new three-rate meter %1</source>
        <translation>công tơ 3 giá mới số %1</translation>
    </message>
    <message>
        <source>installed on %1</source>
        <translation>lắp ngày %1</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>bình thường</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>cao điểm</translation>
    </message>
    <message>
        <source>off-peak</source>
        <translation>thấp điểm</translation>
    </message>
    <message>
        <source>opening readings: %1</source>
        <translation>chỉ số đầu: %1</translation>
    </message>
    <message>
        <source>Meter swap: %1.</source>
        <translation>Thay công tơ: %1.</translation>
    </message>
    <message>
        <source>The customer was billed too little and owes %1 a month, %2 over the recovery period (VAT included).</source>
        <translation>Khách hàng đã bị tính thiếu và phải trả thêm %1 mỗi tháng, %2 trong thời gian truy thu (đã gồm thuế GTGT).</translation>
    </message>
    <message>
        <source>The customer was billed too much and is refunded %1 a month, %2 over the recovery period (VAT included).</source>
        <translation>Khách hàng đã bị tính thừa và được hoàn trả %1 mỗi tháng, %2 trong thời gian truy thu (đã gồm thuế GTGT).</translation>
    </message>
    <message>
        <source>No money is owed either way.</source>
        <translation>Không bên nào phải trả thêm tiền.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>STT %1</translation>
    </message>
    <message>
        <source>In training, a practice scenario is dated on its own day.</source>
        <translation>Trong đào tạo, tình huống luyện tập được ghi theo ngày của chính tình huống.</translation>
    </message>
</context>
<context>
    <name>ta::RecordViewer</name>
    <message>
        <source>The file was not found.</source>
        <translation>Không tìm thấy tệp.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>Tệp không phải là PDF đọc được.</translation>
    </message>
    <message>
        <source>The file is protected by a password.</source>
        <translation>Tệp được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>Mở bằng ứng dụng khác</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No app could open %1.</source>
        <translation>Không có ứng dụng nào mở được %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Save a copy of the record</source>
        <translation>Lưu bản sao biên bản</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2: %3</source>
        <translation>Không sao chép được %1 sang %2: %3</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Đã lưu thành %1.</translation>
    </message>
</context>
<context>
    <name>ta::Regulations</name>
    <message>
        <source>only format 1 is known.</source>
        <translation>chỉ biết định dạng 1.</translation>
    </message>
    <message>
        <source>no rule set.</source>
        <translation>không có bộ quy định nào.</translation>
    </message>
    <message>
        <source>a text is required.</source>
        <translation>cần một đoạn văn bản.</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD is required.</source>
        <translation>cần một ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>two rule sets start on the same day or share an id.</source>
        <translation>hai bộ quy định bắt đầu cùng ngày hoặc trùng mã.</translation>
    </message>
    <message>
        <source>Regulations %1, field %2: %3</source>
        <translation>Tệp quy định %1, trường %2: %3</translation>
    </message>
    <message>
        <source>an object is required.</source>
        <translation>cần một đối tượng.</translation>
    </message>
    <message>
        <source>a whole number of at least %1 is required.</source>
        <translation>cần một số nguyên từ %1 trở lên.</translation>
    </message>
    <message>
        <source>a list of texts is required.</source>
        <translation>cần một danh sách văn bản.</translation>
    </message>
    <message>
        <source>the legal source is required.</source>
        <translation>cần ghi căn cứ pháp lý.</translation>
    </message>
    <message>
        <source>&quot;firm&quot; or &quot;check&quot; expected.</source>
        <translation>cần &quot;firm&quot; hoặc &quot;check&quot;.</translation>
    </message>
    <message>
        <source>Regulations %1</source>
        <translation>Quy định %1</translation>
    </message>
    <message>
        <source>Regulations %1 are not a JSON object.</source>
        <translation>Quy định %1 không phải là một đối tượng JSON.</translation>
    </message>
</context>
<context>
    <name>ta::ReviewPage</name>
    <message>
        <source>All inspectors</source>
        <translation>Mọi kiểm tra viên</translation>
    </message>
    <message>
        <source>All substations</source>
        <translation>Mọi trạm</translation>
    </message>
    <message>
        <source>Choose a record in the list to read it.</source>
        <translation>Chọn một biên bản trong danh sách để xem.</translation>
    </message>
    <message>
        <source>Signature verified with the tablet&apos;s registered key</source>
        <translation>Chữ ký khớp với khóa đã đăng ký của máy tính bảng</translation>
    </message>
    <message>
        <source>The signature does not verify with a registered key: do not approve</source>
        <translation>Chữ ký không khớp với khóa nào đã đăng ký: không được duyệt</translation>
    </message>
    <message>
        <source>Received by the server %1</source>
        <translation>Máy chủ đã nhận lúc %1</translation>
    </message>
    <message>
        <source>This customer was not assigned to the inspector</source>
        <translation>Khách hàng này không được giao cho kiểm tra viên</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (chưa gửi)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Nhận xét: %1</translation>
    </message>
    <message>
        <source>What the correction changed from revision %1</source>
        <translation>Những gì bản sửa thay đổi so với lần %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>This device is not enrolled with the branch server as a leader&apos;s: enroll it in Settings › Branch server first.</source>
        <translation>Thiết bị này chưa đăng ký với máy chủ điện lực như thiết bị của lãnh đạo: hãy đăng ký trong Cài đặt › Máy chủ điện lực trước.</translation>
    </message>
    <message>
        <source>Return to the inspector</source>
        <translation>Trả lại cho kiểm tra viên</translation>
    </message>
    <message>
        <source>What must the inspector correct? The comment goes to the tablet with the record.</source>
        <translation>Kiểm tra viên cần sửa gì? Nhận xét được gửi đến máy tính bảng cùng biên bản.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export for CMIS</source>
        <translation>Xuất cho CMIS</translation>
    </message>
    <message>
        <source>Include the corrections exported before</source>
        <translation>Gồm cả các điều chỉnh đã xuất trước đây</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>The corrections approved on these days, one row per field changed (SO_HO, CHUOI_GIA, LOAI_DDO), as CSV or Excel.</source>
        <translation>Các điều chỉnh được duyệt trong những ngày này, mỗi trường thay đổi một dòng (SO_HO, CHUOI_GIA, LOAI_DDO), dạng CSV hoặc Excel.</translation>
    </message>
    <message>
        <source>Approved from</source>
        <translation>Duyệt từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Ngày cuối ở trước ngày đầu.</translation>
    </message>
    <message>
        <source>No approved correction on these days that was not exported before.</source>
        <translation>Không có điều chỉnh nào được duyệt trong những ngày này mà chưa xuất.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) from %1 record(s) written to %2.</source>
        <translation>
            <numerusform>Đã ghi %n điều chỉnh từ %1 biên bản vào %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records the branch server received from the inspectors&apos; tablets, newest first. Approve a record, or return it with what must be corrected; decisions are signed with this device&apos;s key and sent with the next sync.</source>
        <translation>Các biên bản máy chủ điện lực nhận từ máy tính bảng của kiểm tra viên, mới nhất trước. Duyệt biên bản, hoặc trả lại kèm nội dung cần sửa; quyết định được ký bằng khóa của thiết bị này và gửi ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>Customer code, name or record number</source>
        <translation>Mã, tên khách hàng hoặc số biên bản</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Trả lại kèm nhận xét…</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <source>Export for CMIS…</source>
        <translation>Xuất cho CMIS…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Every finding</source>
        <translation>Mọi kết luận</translation>
    </message>
    <message>
        <source>Training mode has no review: training records never reach the branch server.</source>
        <translation>Chế độ đào tạo không có bước duyệt: biên bản đào tạo không bao giờ đến máy chủ điện lực.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the branch server. A leader&apos;s device is enrolled in Settings › Branch server and approved with the leader&apos;s role.</source>
        <translation>Thiết bị này chưa đăng ký với máy chủ điện lực. Thiết bị của lãnh đạo được đăng ký trong Cài đặt › Máy chủ điện lực và được duyệt với vai trò lãnh đạo.</translation>
    </message>
    <message>
        <source>The branch server has not granted this device a leader&apos;s role: its operator approves it with --role leader.</source>
        <translation>Máy chủ điện lực chưa cấp vai trò lãnh đạo cho thiết bị này: người quản trị máy chủ duyệt nó với --role leader.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the queue; last read from the server %1.</source>
        <translation>
            <numerusform>%n biên bản trong hàng chờ; lần đọc gần nhất từ máy chủ: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Mọi đợt kiểm tra</translation>
    </message>
    <message>
        <source>Any money at stake</source>
        <translation>Mọi số tiền</translation>
    </message>
    <message>
        <source>At stake ≥ %1</source>
        <translation>Số tiền ≥ %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Price string</source>
        <translation>Chuỗi giá</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Công tơ</translation>
    </message>
    <message>
        <source>Effective reading</source>
        <translation>Chỉ số hiệu lực</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>Số tiền liên quan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Change proposed</source>
        <translation>Đề nghị thay đổi</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Households evidenced</source>
        <translation>Số hộ có giấy tờ</translation>
    </message>
    <message>
        <source>Households listed</source>
        <translation>Số hộ kê khai</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Đã khai</translation>
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
        <source>Household %1</source>
        <translation>Hộ %1</translation>
    </message>
    <message>
        <source>Record %1, revision %2</source>
        <translation>Biên bản %1, lần %2</translation>
    </message>
</context>
<context>
    <name>ta::Role</name>
    <message>
        <source>Inspector</source>
        <translation>Kiểm tra viên</translation>
    </message>
    <message>
        <source>Branch leader</source>
        <translation>Lãnh đạo Điện lực</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
</context>
<context>
    <name>ta::SafeName</name>
    <message>
        <source>%1: it is empty.</source>
        <translation>%1: đang để trống.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: tối đa %2 ký tự.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: it cannot start with a dot.</source>
        <translation>%1 &quot;%2&quot;: không được bắt đầu bằng dấu chấm.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the character &quot;%3&quot; is not allowed; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>%1 &quot;%2&quot;: không được dùng ký tự &quot;%3&quot;; hãy dùng chữ cái, chữ số, &apos;-&apos;, &apos;_&apos; và &apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>ta::SampleCustomerList</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Đã hủy: %1 không được ghi.</translation>
    </message>
</context>
<context>
    <name>ta::SaveFile</name>
    <message>
        <source>The storage of this device is full: %1 cannot be written. Free some space (old record folders, photos, lists) and try again.</source>
        <translation>Bộ nhớ của thiết bị đã đầy: không ghi được %1. Hãy giải phóng bớt dung lượng (thư mục biên bản cũ, ảnh, danh sách) rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be made.</source>
        <translation>Không tạo được thư mục chứa %1.</translation>
    </message>
</context>
<context>
    <name>ta::Scenario</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>còn thiếu.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>phải là chữ.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>đang để trống.</translation>
    </message>
    <message>
        <source>unknown field (docs/scenario-file.md lists the fields).</source>
        <translation>trường không xác định (docs/scenario-file.md liệt kê các trường).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expected, not &quot;%2&quot;.</source>
        <translation>cần &quot;%1&quot;, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes, at most 64.</source>
        <translation>chữ thường, chữ số và dấu gạch ngang, tối đa 64 ký tự.</translation>
    </message>
    <message>
        <source>1 (easy), 2 (medium) or 3 (hard).</source>
        <translation>1 (dễ), 2 (trung bình) hoặc 3 (khó).</translation>
    </message>
    <message>
        <source>one of %1.</source>
        <translation>một trong %1.</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD.</source>
        <translation>ngày viết dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>missing: the story and the facts at the door.</source>
        <translation>còn thiếu: câu chuyện và các dữ kiện tại hiện trường.</translation>
    </message>
    <message>
        <source>missing: the model answer, as an answers file.</source>
        <translation>còn thiếu: đáp án mẫu, dạng tệp câu trả lời.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing: at least one expected conclusion.</source>
        <translation>còn thiếu: ít nhất một kết luận đáp án.</translation>
    </message>
    <message>
        <source>missing: the customer, in the columns of the import template.</source>
        <translation>còn thiếu: khách hàng, theo các cột của mẫu nhập danh sách.</translation>
    </message>
    <message>
        <source>must be text or a number.</source>
        <translation>phải là chữ hoặc số.</translation>
    </message>
    <message>
        <source>must be an object with item, value and rule.</source>
        <translation>phải là đối tượng có item, value và rule.</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot; (one of %2).</source>
        <translation>mục không xác định &quot;%1&quot; (một trong %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is expected twice.</source>
        <translation>&quot;%1&quot; được nêu hai lần.</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (one of %2).</source>
        <translation>quy tắc không xác định &quot;%1&quot; (một trong %2).</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; belongs to the check %2, not to %3.</source>
        <translation>quy tắc &quot;%1&quot; thuộc bước kiểm tra %2, không thuộc %3.</translation>
    </message>
    <message>
        <source>a whole number from 1 to 10.</source>
        <translation>số nguyên từ 1 đến 10.</translation>
    </message>
    <message>
        <source>only ratio-shares and money have a tolerance.</source>
        <translation>chỉ ratio-shares và money có sai số cho phép.</translation>
    </message>
    <message>
        <source>a number from 0 to 10.</source>
        <translation>số từ 0 đến 10.</translation>
    </message>
    <message>
        <source>true or false.</source>
        <translation>true hoặc false.</translation>
    </message>
    <message>
        <source>a number of households: 0.25 or more, in steps of 0.25.</source>
        <translation>số hộ: từ 0,25 trở lên, bước 0,25.</translation>
    </message>
    <message>
        <source>an object of price groups and their percent (&quot;SHBT&quot;: 45).</source>
        <translation>đối tượng gồm các nhóm giá và tỷ lệ phần trăm (&quot;SHBT&quot;: 45).</translation>
    </message>
    <message>
        <source>unknown price group (the tariff books know %1).</source>
        <translation>nhóm giá không xác định (biểu giá có %1).</translation>
    </message>
    <message>
        <source>a percent above 0 and at most 100.</source>
        <translation>tỷ lệ phần trăm lớn hơn 0 và không quá 100.</translation>
    </message>
    <message>
        <source>the shares add up to %1 %, not 100 %.</source>
        <translation>các tỷ lệ cộng lại được %1 %, không phải 100 %.</translation>
    </message>
    <message>
        <source>a list of anomalies (%1), empty for none.</source>
        <translation>danh sách bất thường (%1), để trống nếu không có.</translation>
    </message>
    <message>
        <source>unknown anomaly &quot;%1&quot; (one of %2).</source>
        <translation>bất thường không xác định &quot;%1&quot; (một trong %2).</translation>
    </message>
    <message>
        <source>a whole number of đồng (negative when the customer was billed too much).</source>
        <translation>số đồng nguyên (âm khi khách hàng bị tính thừa).</translation>
    </message>
    <message>
        <source>a whole number of photos from 0 to 20.</source>
        <translation>số ảnh nguyên từ 0 đến 20.</translation>
    </message>
    <message>
        <source>&quot;customer&quot; or &quot;witness&quot;.</source>
        <translation>&quot;customer&quot; hoặc &quot;witness&quot;.</translation>
    </message>
    <message>
        <source>%1 is true while any-change is false.</source>
        <translation>%1 là true trong khi any-change là false.</translation>
    </message>
    <message>
        <source>money is not 0 while any-change is false.</source>
        <translation>money khác 0 trong khi any-change là false.</translation>
    </message>
    <message>
        <source>undeclared-tier is true: the households change.</source>
        <translation>undeclared-tier là true: số hộ phải thay đổi.</translation>
    </message>
    <message>
        <source>meter-swap is true but the customer&apos;s meter is already three-rate (LOAI_DDO 3).</source>
        <translation>meter-swap là true nhưng công tơ của khách hàng đã là ba giá (LOAI_DDO 3).</translation>
    </message>
    <message>
        <source>meter-swap is true while three-rate is &quot;%1&quot;.</source>
        <translation>meter-swap là true trong khi three-rate là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the model answer does not walk the check &quot;%1&quot; that the expected conclusions need.</source>
        <translation>đáp án mẫu không đi qua bước kiểm tra &quot;%1&quot; mà các kết luận cần.</translation>
    </message>
    <message>
        <source>the customer refuses: the model answer names the witness and the reason.</source>
        <translation>khách hàng từ chối ký: đáp án mẫu phải ghi tên người làm chứng và lý do.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 không phải đối tượng JSON.</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is the id of a built-in scenario; give this one another id.</source>
        <translation>%1: id: &quot;%2&quot; là mã của một tình huống có sẵn; hãy đặt mã khác.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>a list of customers, in the columns of the import template.</source>
        <translation>danh sách khách hàng, theo các cột của mẫu nhập danh sách.</translation>
    </message>
    <message>
        <source>the customer %1 is in the scenario twice.</source>
        <translation>khách hàng %1 có hai lần trong tình huống.</translation>
    </message>
    <message>
        <source>a customer, in the columns of the import template.</source>
        <translation>một khách hàng, theo các cột của mẫu nhập danh sách.</translation>
    </message>
    <message>
        <source>photos, drawn signatures and visitedAt are not part of a model answer (the trainee takes the photos and the signatures; the day is visitDate).</source>
        <translation>photos, chữ ký vẽ và visitedAt không thuộc đáp án mẫu (học viên tự chụp ảnh và ký; ngày kiểm tra là visitDate).</translation>
    </message>
</context>
<context>
    <name>ta::ScenarioCard</name>
    <message>
        <source>easy</source>
        <translation>dễ</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>khó</translation>
    </message>
    <message>
        <source>households</source>
        <translation>số hộ</translation>
    </message>
    <message>
        <source>price ratio</source>
        <translation>tỷ lệ giá</translation>
    </message>
    <message>
        <source>three-rate meters</source>
        <translation>công tơ ba giá</translation>
    </message>
    <message>
        <source>administrative customers</source>
        <translation>khách hàng hành chính sự nghiệp</translation>
    </message>
    <message>
        <source>Level: %1 · campaign: %2 · visit on %3</source>
        <translation>Mức độ: %1 · chuyên đề: %2 · kiểm tra ngày %3</translation>
    </message>
    <message>
        <source>At the door:</source>
        <translation>Tại hiện trường:</translation>
    </message>
    <message>
        <source>What you find:</source>
        <translation>Những gì bạn thấy:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <source>Three-rate electronic meter</source>
        <translation>Công tơ điện tử ba giá</translation>
    </message>
    <message>
        <source>Single-rate electronic meter</source>
        <translation>Công tơ điện tử một giá</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>Số công tơ</translation>
    </message>
    <message>
        <source>The meter: serial %1</source>
        <translation>Công tơ: số %1</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>công tơ %1</translation>
    </message>
    <message>
        <source>Also on the list:</source>
        <translation>Cũng có trong danh sách:</translation>
    </message>
</context>
<context>
    <name>ta::ScenarioRules</name>
    <message>
        <source>A household counts when its residence at the address is shown by a chip ID card (CCCD) with the address, a CT07 residence certificate, VNeID or a lease of 12 months or more. Any other paper counts only with a leader&apos;s note; one old household book does not make one household.</source>
        <translation>Một hộ được tính khi việc cư trú tại địa chỉ được chứng minh bằng CCCD gắn chip có địa chỉ, giấy xác nhận cư trú CT07, VNeID hoặc hợp đồng thuê từ 12 tháng trở lên. Giấy tờ khác chỉ được tính khi có ý kiến của lãnh đạo; một sổ hộ khẩu giấy cũ không có nghĩa là một hộ.</translation>
    </message>
    <message>
        <source>Renters who do not form a household count by persons: every 4 persons make one household quota; 1, 2 or 3 persons make ¼, ½ or ¾.</source>
        <translation>Người thuê không lập hộ được tính theo số người: cứ 4 người là một định mức; 1, 2 hoặc 3 người là ¼, ½ hoặc ¾ định mức.</translation>
    </message>
    <message>
        <source>Renters on a lease under 12 months whose users the landlord cannot declare: all consumption is billed at tier 3, whatever the households.</source>
        <translation>Cho thuê dưới 12 tháng mà chủ nhà không kê khai được người sử dụng điện: toàn bộ sản lượng tính giá bậc 3, không phụ thuộc số hộ.</translation>
    </message>
    <message>
        <source>The shares come from the equipment inventory: kW × quantity × simultaneity × hours a day × days a month for each price group. A share that differs from the agreed ratio by more than the tolerance (5 points) changes the ratio.</source>
        <translation>Tỷ lệ lấy từ bảng kê thiết bị: kW × số lượng × hệ số đồng thời × giờ/ngày × ngày/tháng cho từng nhóm giá. Tỷ lệ nào lệch so với tỷ lệ đã thỏa thuận quá sai số cho phép (5 điểm) thì phải điều chỉnh tỷ lệ.</translation>
    </message>
    <message>
        <source>A production or business customer whose consumption averages 2,000 kWh a month or more over three consecutive months must buy at three rates. The comparison is exact: 5,999 kWh in three months is an average of 1,999.67 and does not oblige.</source>
        <translation>Khách hàng sản xuất, kinh doanh có sản lượng trung bình ba tháng liên tục từ 2.000 kWh/tháng trở lên phải mua điện theo ba giá. So sánh chính xác tuyệt đối: 5.999 kWh trong ba tháng là trung bình 1.999,67 kWh, chưa bắt buộc.</translation>
    </message>
    <message>
        <source>A production or business customer supplied through a dedicated transformer of 25 kVA or more must buy at three rates, whatever it consumes.</source>
        <translation>Khách hàng sản xuất, kinh doanh có trạm biến áp chuyên dùng từ 25 kVA trở lên phải mua điện theo ba giá, dù sản lượng bao nhiêu.</translation>
    </message>
    <message>
        <source>The three months must be consecutive calendar months. With a month missing there is not enough history: the meter stays as it is and the record says why.</source>
        <translation>Ba tháng phải là ba tháng liên tục. Thiếu một tháng là chưa đủ lịch sử: giữ nguyên công tơ và biên bản ghi rõ lý do.</translation>
    </message>
    <message>
        <source>On a mixed meter only the part billed to production or business counts toward the 2,000 kWh; the household&apos;s own use is left out.</source>
        <translation>Với công tơ dùng chung, chỉ phần sản lượng tính giá sản xuất, kinh doanh được tính vào ngưỡng 2.000 kWh; phần sinh hoạt của hộ gia đình không tính.</translation>
    </message>
    <message>
        <source>A customer already on a three-rate meter needs no swap, even when the rule applies.</source>
        <translation>Khách hàng đã dùng công tơ ba giá thì không cần thay công tơ, dù thuộc diện bắt buộc.</translation>
    </message>
    <message>
        <source>Only production and business customers are obliged to buy at three rates; residential and administrative customers are not.</source>
        <translation>Chỉ khách hàng sản xuất, kinh doanh bắt buộc mua điện ba giá; khách hàng sinh hoạt và hành chính sự nghiệp thì không.</translation>
    </message>
    <message>
        <source>The serial of the meter on the wall must match the list; a different serial is recorded as an anomaly for the branch to follow up.</source>
        <translation>Số công tơ tại hiện trường phải khớp với danh sách; số khác được ghi nhận là bất thường để điện lực xử lý.</translation>
    </message>
    <message>
        <source>A reading below the previous one is an anomaly (a meter replaced, turned back or misread), never a consumption.</source>
        <translation>Chỉ số thấp hơn chỉ số kỳ trước là bất thường (công tơ bị thay, bị quay ngược hoặc ghi sai), không bao giờ là sản lượng.</translation>
    </message>
    <message>
        <source>A reading in line with the typical month, on the meter of the list, is no anomaly.</source>
        <translation>Chỉ số phù hợp với tháng điển hình, trên đúng công tơ của danh sách, thì không có bất thường.</translation>
    </message>
    <message>
        <source>The money impact is the difference between the bills as applied and as proposed over the recovery period: the calendar months before the month of the finding, at most 12, VAT included. Within 1 % counts.</source>
        <translation>Số tiền chênh lệch là hiệu giữa hóa đơn theo giá đang áp và theo đề xuất trong thời gian truy thu, thoái hoàn: các tháng trước tháng phát hiện, tối đa 12 tháng, đã gồm thuế GTGT. Sai lệch trong 1 % được tính là đúng.</translation>
    </message>
    <message>
        <source>When what is found matches the list, the right conclusion is no change: a change proposed without cause bills the customer wrongly.</source>
        <translation>Khi hiện trường khớp với danh sách, kết luận đúng là giữ nguyên: đề xuất thay đổi không có căn cứ sẽ tính sai tiền điện của khách hàng.</translation>
    </message>
    <message>
        <source>Every record carries a photo of the meter showing its serial and its reading.</source>
        <translation>Mỗi biên bản đều kèm ảnh công tơ thể hiện số công tơ và chỉ số.</translation>
    </message>
    <message>
        <source>The customer signs the record. When the customer refuses, a witness signs and the reason for the refusal is written in the record.</source>
        <translation>Khách hàng ký biên bản. Khi khách hàng từ chối, người làm chứng ký và lý do từ chối được ghi vào biên bản.</translation>
    </message>
    <message>
        <source>Documents that count</source>
        <translation>Giấy tờ tính hộ</translation>
    </message>
    <message>
        <source>Renters&apos; quota</source>
        <translation>Định mức người thuê</translation>
    </message>
    <message>
        <source>Short lease, users not declared</source>
        <translation>Thuê ngắn hạn không kê khai</translation>
    </message>
    <message>
        <source>Ratio from the inventory</source>
        <translation>Tỷ lệ theo bảng kê</translation>
    </message>
    <message>
        <source>2,000 kWh over three months</source>
        <translation>2.000 kWh trong ba tháng</translation>
    </message>
    <message>
        <source>Transformer of 25 kVA</source>
        <translation>Trạm biến áp 25 kVA</translation>
    </message>
    <message>
        <source>Three consecutive months</source>
        <translation>Ba tháng liên tục</translation>
    </message>
    <message>
        <source>Business part of a mixed meter</source>
        <translation>Phần kinh doanh của công tơ dùng chung</translation>
    </message>
    <message>
        <source>Already three-rate</source>
        <translation>Đã có công tơ ba giá</translation>
    </message>
    <message>
        <source>Obliged categories</source>
        <translation>Đối tượng bắt buộc</translation>
    </message>
    <message>
        <source>Meter serial</source>
        <translation>Số công tơ</translation>
    </message>
    <message>
        <source>Reading below the previous</source>
        <translation>Chỉ số thấp hơn kỳ trước</translation>
    </message>
    <message>
        <source>Normal reading</source>
        <translation>Chỉ số bình thường</translation>
    </message>
    <message>
        <source>Recovery period</source>
        <translation>Thời gian truy thu</translation>
    </message>
    <message>
        <source>No change without cause</source>
        <translation>Không thay đổi khi không có căn cứ</translation>
    </message>
    <message>
        <source>Meter photo</source>
        <translation>Ảnh công tơ</translation>
    </message>
    <message>
        <source>Signature or witness</source>
        <translation>Chữ ký hoặc người làm chứng</translation>
    </message>
</context>
<context>
    <name>ta::ScoreBook</name>
    <message>
        <source>%1 is not a score file.</source>
        <translation>%1 không phải tệp điểm.</translation>
    </message>
    <message>
        <source>%1: format: &quot;%2&quot; expected.</source>
        <translation>%1: format: cần &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: trainee: the trainee&apos;s name is missing.</source>
        <translation>%1: trainee: thiếu tên học viên.</translation>
    </message>
    <message>
        <source>%1: attempts[%2]: the scenario or the start is missing.</source>
        <translation>%1: attempts[%2]: thiếu tình huống hoặc thời điểm bắt đầu.</translation>
    </message>
    <message>
        <source>%1: attempts[%2]: a score of %3 out of %4 is not possible.</source>
        <translation>%1: attempts[%2]: điểm %3 trên %4 là không thể.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên tình huống</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Minutes:seconds</source>
        <translation>Phút:giây</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <source>Rules missed</source>
        <translation>Quy định bị sai</translation>
    </message>
    <message>
        <source>Training score sheet</source>
        <translation>Bảng điểm đào tạo</translation>
    </message>
    <message>
        <source>%1 · card %2 · %3</source>
        <translation>%1 · thẻ %2 · %3</translation>
    </message>
    <message>
        <source>%1 scenarios done, %2 of %3 points (%4 %), %5 minutes of practice.</source>
        <translation>Đã làm %1 tình huống, %2 trên %3 điểm (%4 %), %5 phút luyện tập.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Mistakes by rule</source>
        <translation>Lỗi theo quy tắc</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>ĐÀO TẠO</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Trang %1/%2 · %3</translation>
    </message>
</context>
<context>
    <name>ta::Scorer</name>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Households change</source>
        <translation>Thay đổi số hộ</translation>
    </message>
    <message>
        <source>Tier 3 for undeclared renters</source>
        <translation>Giá bậc 3 cho người thuê không kê khai</translation>
    </message>
    <message>
        <source>Price ratio changes</source>
        <translation>Thay đổi tỷ lệ giá</translation>
    </message>
    <message>
        <source>Shares from the inventory</source>
        <translation>Tỷ lệ theo bảng kê</translation>
    </message>
    <message>
        <source>Three-rate obligation</source>
        <translation>Diện bắt buộc ba giá</translation>
    </message>
    <message>
        <source>Meter swap</source>
        <translation>Thay công tơ</translation>
    </message>
    <message>
        <source>Reading anomalies</source>
        <translation>Bất thường chỉ số</translation>
    </message>
    <message>
        <source>Money impact</source>
        <translation>Số tiền chênh lệch</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Có thay đổi</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>nobody signed</source>
        <translation>không ai ký</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>chưa kiểm tra</translation>
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
        <source>must buy at three rates</source>
        <translation>phải mua điện ba giá</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>chưa bắt buộc</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>chưa đủ lịch sử</translation>
    </message>
    <message>
        <source>the rule does not apply</source>
        <translation>không thuộc diện áp dụng</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>a witness (the customer refused)</source>
        <translation>người làm chứng (khách hàng từ chối)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>khách hàng</translation>
    </message>
</context>
<context>
    <name>ta::SearchIndex</name>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>Không cập nhật được chỉ mục tìm kiếm: %1</translation>
    </message>
    <message>
        <source>The data file is busy; the search index is built later.</source>
        <translation>Tệp dữ liệu đang bận; chỉ mục tìm kiếm sẽ được lập sau.</translation>
    </message>
</context>
<context>
    <name>ta::SecretStore</name>
    <message>
        <source>No secret named &quot;%1&quot; is stored.</source>
        <translation>Không có khóa bí mật nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Kho khóa của hệ thống không sẵn sàng: %1</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>kho khóa hệ thống</translation>
    </message>
</context>
<context>
    <name>ta::Session</name>
    <message>
        <source>Training data can only be reset in training mode.</source>
        <translation>Chỉ khôi phục được dữ liệu đào tạo trong chế độ đào tạo.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>No tariff book with the SHA-256 %1 is loaded.</source>
        <translation>Không có biểu giá nào với SHA-256 %1.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Chưa có ai đăng nhập.</translation>
    </message>
    <message>
        <source>Training records never leave the tablet: training mode has no sync.</source>
        <translation>Biên bản đào tạo không bao giờ rời máy tính bảng: chế độ đào tạo không đồng bộ.</translation>
    </message>
    <message>
        <source>No keychain: the device key that proves this tablet cannot be read.</source>
        <translation>Không có kho khóa: không đọc được khóa thiết bị chứng minh máy tính bảng này.</translation>
    </message>
    <message>
        <source>this tablet</source>
        <translation>máy tính bảng này</translation>
    </message>
    <message>
        <source>Only a trainer can reset the training data.</source>
        <translation>Chỉ giảng viên mới đặt lại được dữ liệu đào tạo.</translation>
    </message>
</context>
<context>
    <name>ta::SettingsPage</name>
    <message>
        <source>Export diagnostics</source>
        <translation>Xuất thông tin chẩn đoán</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1. They hold no PIN and no customer data.</source>
        <translation>Đã lưu thông tin chẩn đoán vào %1. Tệp không chứa mã PIN hay dữ liệu khách hàng.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes</source>
        <translation>&amp;Khóa sau số phút không thao tác</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Đang đăng nhập</translation>
    </message>
    <message>
        <source>%1 · %2
Card number: %3
Branch: %4</source>
        <translation>%1 · %2
Số thẻ: %3
Điện lực: %4</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Dữ liệu đào tạo</translation>
    </message>
    <message>
        <source>Puts the generated training customers back to their initial state. Work done in training mode is discarded; real data is never touched.</source>
        <translation>Đưa các khách hàng đào tạo giả lập về trạng thái ban đầu. Công việc đã làm trong chế độ đào tạo bị xóa; dữ liệu thật không bao giờ bị động đến.</translation>
    </message>
    <message>
        <source>Reset training data</source>
        <translation>Khôi phục dữ liệu đào tạo</translation>
    </message>
    <message>
        <source>Saves versions, settings and the recent log into one text file for the branch&apos;s IT. Data folder: %1</source>
        <translation>Lưu phiên bản, cài đặt và nhật ký gần đây vào một tệp văn bản cho bộ phận CNTT của Điện lực. Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Xuất thông tin chẩn đoán…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Biểu giá</translation>
    </message>
    <message>
        <source>Price ratio due for a check after</source>
        <translation>Kiểm tra lại tỷ lệ giá sau</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>A jump: a month above the previous 3 by</source>
        <translation>Tăng đột biến: một tháng vượt bình quân 3 tháng trước</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A drop: a month below the previous 3 at</source>
        <translation>Giảm đột biến: một tháng dưới mức bình quân 3 tháng trước</translation>
    </message>
    <message>
        <source>Apply to the worklist now</source>
        <translation>Áp dụng cho danh sách việc ngay</translation>
    </message>
    <message>
        <source>At the door, a price ratio changes when a share differs by more than</source>
        <translation>Khi kiểm tra tại chỗ, đề nghị đổi tỷ lệ giá khi một phần chênh lệch quá</translation>
    </message>
    <message>
        <source> points</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>Signing key of this device</source>
        <translation>Khóa ký của thiết bị này</translation>
    </message>
    <message>
        <source>Records are signed with a key kept in the system keychain. Its public half identifies this device to the branch server.</source>
        <translation>Biên bản được ký bằng khóa lưu trong kho khóa của hệ thống. Nửa công khai của khóa định danh thiết bị này với máy chủ của Điện lực.</translation>
    </message>
    <message>
        <source>Show the public key</source>
        <translation>Xem khóa công khai</translation>
    </message>
    <message>
        <source>Export the public key…</source>
        <translation>Xuất khóa công khai…</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>No keychain is available on this device.</source>
        <translation>Thiết bị này không có kho khóa.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Public key (Ed25519): %1
Fingerprint: %2</source>
        <translation>Khóa công khai (Ed25519): %1
Dấu vân tay: %2</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Xuất khóa công khai</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Tệp khóa (*.json)</translation>
    </message>
    <message>
        <source>The public key was saved to %1. Give it to the branch&apos;s IT to register this device.</source>
        <translation>Đã lưu khóa công khai vào %1. Hãy gửi cho bộ phận CNTT của Điện lực để đăng ký thiết bị này.</translation>
    </message>
    <message>
        <source>Pre-screening and checks: the branch&apos;s preferences</source>
        <translation>Sàng lọc và kiểm tra: lựa chọn của Điện lực</translation>
    </message>
    <message>
        <source>Set by law, not here: a three-rate meter from %1 kWh a month over %2 consecutive months or a %3 kVA dedicated transformer; %4 renters make one household quota; back-billing over at most %5 months. They come with the tariff data (Tariffs tab).</source>
        <translation>Do pháp luật quy định, không chỉnh ở đây: công tơ 3 giá từ %1 kWh/tháng bình quân %2 tháng liên tục hoặc máy biến áp chuyên dùng %3 kVA; %4 người thuê là một định mức hộ; truy thu tối đa %5 tháng. Các ngưỡng này đi kèm dữ liệu biểu giá (thẻ Biểu giá).</translation>
    </message>
    <message>
        <source>Branch server</source>
        <translation>Máy chủ điện lực</translation>
    </message>
    <message>
        <source>About and diagnostics</source>
        <translation>Giới thiệu và chẩn đoán</translation>
    </message>
    <message>
        <source>Tariff Audit %1.</source>
        <translation>Tariff Audit %1.</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Thêm hồ sơ…</translation>
    </message>
    <message>
        <source>The branch&apos;s pre-screen rules are set by a branch leader.</source>
        <translation>Quy tắc sàng lọc của điện lực do lãnh đạo điện lực đặt.</translation>
    </message>
</context>
<context>
    <name>ta::SignInPage</name>
    <message>
        <source>Choose your profile first.</source>
        <translation>Hãy chọn hồ sơ của bạn trước.</translation>
    </message>
    <message>
        <source>Training: choose a practice profile</source>
        <translation>Đào tạo: chọn một hồ sơ thực hành</translation>
    </message>
    <message>
        <source>Who is using this device?</source>
        <translation>Ai đang dùng thiết bị này?</translation>
    </message>
    <message>
        <source>Choose your profile, then enter your PIN.</source>
        <translation>Chọn hồ sơ của bạn rồi nhập mã PIN.</translation>
    </message>
    <message>
        <source>Every training profile uses the PIN %1. Training customers are generated and never mix with real data.</source>
        <translation>Mọi hồ sơ đào tạo dùng mã PIN %1. Khách hàng đào tạo là dữ liệu giả lập, không bao giờ lẫn với dữ liệu thật.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>Leave training mode</source>
        <translation>Thoát chế độ đào tạo</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Chế độ đào tạo</translation>
    </message>
</context>
<context>
    <name>ta::SignedRecord</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing from %2.</source>
        <translation>Tệp bằng chứng %1 bị thiếu trong %2.</translation>
    </message>
    <message>
        <source>%1 in %2 is a link; a record folder holds its own files.</source>
        <translation>%1 trong %2 là một liên kết; thư mục biên bản phải chứa chính các tệp của nó.</translation>
    </message>
    <message>
        <source>record.json is not a JSON object.</source>
        <translation>record.json không phải là một đối tượng JSON.</translation>
    </message>
</context>
<context>
    <name>ta::StepPage</name>
    <message>
        <source>At stake: %1 a month, %2 over the recovery period.</source>
        <translation>Số tiền liên quan: %1 mỗi tháng, %2 trong thời gian truy thu.</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation>Chụp lúc %1</translation>
    </message>
</context>
<context>
    <name>ta::SummaryStep</name>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Đề nghị:</translation>
    </message>
    <message>
        <source>%1, %2 households, %3 meter. %4 a month, %5 over the recovery period.</source>
        <translation>%1, %2 hộ, công tơ %3. %4 mỗi tháng, %5 trong thời gian truy thu.</translation>
    </message>
    <message>
        <source>three-rate</source>
        <translation>3 giá</translation>
    </message>
    <message>
        <source>single-rate</source>
        <translation>1 giá</translation>
    </message>
    <message>
        <source>keep the current price application.</source>
        <translation>giữ nguyên áp giá hiện tại.</translation>
    </message>
    <message>
        <source>The customer&apos;s signature drawn earlier is kept; draw again to replace it.</source>
        <translation>Chữ ký của khách hàng đã ký trước đó vẫn được giữ; ký lại để thay thế.</translation>
    </message>
    <message>
        <source>The inspector&apos;s signature drawn earlier is kept; draw again to replace it.</source>
        <translation>Chữ ký của kiểm tra viên đã ký trước đó vẫn được giữ; ký lại để thay thế.</translation>
    </message>
    <message>
        <source>The witness&apos;s signature drawn earlier is kept; draw again to replace it.</source>
        <translation>Chữ ký của người làm chứng đã ký trước đó vẫn được giữ; ký lại để thay thế.</translation>
    </message>
    <message>
        <source>Ready to sign the record.</source>
        <translation>Sẵn sàng ký biên bản.</translation>
    </message>
    <message>
        <source>The customer&apos;s statement:</source>
        <translation>Ý kiến của khách hàng:</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Chữ ký khách hàng</translation>
    </message>
    <message>
        <source>Inspector&apos;s signature</source>
        <translation>Chữ ký kiểm tra viên</translation>
    </message>
    <message>
        <source>Witness (the customer refused to sign)</source>
        <translation>Người làm chứng (khách hàng từ chối ký)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>The customer refuses to sign</source>
        <translation>Khách hàng từ chối ký</translation>
    </message>
    <message>
        <source>Why the customer refuses</source>
        <translation>Lý do khách hàng từ chối</translation>
    </message>
    <message>
        <source>Witness&apos;s name and title</source>
        <translation>Họ tên, chức vụ người làm chứng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Người làm chứng</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <source>Preview of the record</source>
        <translation>Xem trước biên bản</translation>
    </message>
    <message>
        <source>Preview of the record — not signed yet</source>
        <translation>Xem trước biên bản — chưa ký</translation>
    </message>
    <message>
        <source>Show the record</source>
        <translation>Xem biên bản</translation>
    </message>
</context>
<context>
    <name>ta::TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
</context>
<context>
    <name>ta::TariffApprovals</name>
    <message>
        <source>Only a branch leader can accept a tariff book.</source>
        <translation>Chỉ lãnh đạo Điện lực mới được chấp nhận một biểu giá.</translation>
    </message>
    <message>
        <source>The acceptance could not be saved: %1</source>
        <translation>Không lưu được việc chấp nhận: %1</translation>
    </message>
</context>
<context>
    <name>ta::TariffBook</name>
    <message>
        <source>Tariff book %1, field %2: %3</source>
        <translation>Biểu giá %1, trường %2: %3</translation>
    </message>
    <message>
        <source>a text is required.</source>
        <translation>cần một đoạn văn bản.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is required.</source>
        <translation>cần một ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; không phải ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>a price in dong per kWh is required.</source>
        <translation>cần giá theo đồng/kWh.</translation>
    </message>
    <message>
        <source>the price %1 is negative.</source>
        <translation>giá %1 bị âm.</translation>
    </message>
    <message>
        <source>the price %1 is not a whole number of dong.</source>
        <translation>giá %1 không phải số đồng nguyên.</translation>
    </message>
    <message>
        <source>unknown voltage class &quot;%1&quot; (not in voltageBands).</source>
        <translation>cấp điện áp không xác định &quot;%1&quot; (không có trong voltageBands).</translation>
    </message>
    <message>
        <source>Tariff book %1 must be a JSON object.</source>
        <translation>Biểu giá %1 phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>only format 1 is known.</source>
        <translation>chỉ biết định dạng 1.</translation>
    </message>
    <message>
        <source>ends before it starts.</source>
        <translation>kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>no voltage bands.</source>
        <translation>không có cấp điện áp nào.</translation>
    </message>
    <message>
        <source>a lower bound in kV (0 or more) is required.</source>
        <translation>cần cận dưới theo kV (từ 0 trở lên).</translation>
    </message>
    <message>
        <source>the upper bound must exceed the lower one.</source>
        <translation>cận trên phải lớn hơn cận dưới.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice.</source>
        <translation>&quot;%1&quot; được định nghĩa hai lần.</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is defined twice.</source>
        <translation>nhóm &quot;%1&quot; được định nghĩa hai lần.</translation>
    </message>
    <message>
        <source>no tiers.</source>
        <translation>không có bậc nào.</translation>
    </message>
    <message>
        <source>tier bounds must increase: %1 does not exceed %2.</source>
        <translation>giới hạn bậc phải tăng dần: %1 không lớn hơn %2.</translation>
    </message>
    <message>
        <source>the last tier must be open (no upTo).</source>
        <translation>bậc cuối phải để mở (không có upTo).</translation>
    </message>
    <message>
        <source>only the last tier may be open.</source>
        <translation>chỉ bậc cuối được để mở.</translation>
    </message>
    <message>
        <source>there is no tier %1.</source>
        <translation>không có bậc %1.</translation>
    </message>
    <message>
        <source>no prices by voltage.</source>
        <translation>không có giá theo cấp điện áp.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (ladder, tou or flat).</source>
        <translation>loại không xác định &quot;%1&quot; (ladder, tou hoặc flat).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price-group code (2 to 8 letters or digits).</source>
        <translation>&quot;%1&quot; không phải mã nhóm giá (2 đến 8 chữ cái hoặc chữ số).</translation>
    </message>
    <message>
        <source>the code %1 already names group &quot;%2&quot;.</source>
        <translation>mã %1 đã dùng cho nhóm &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>at least one CMIS price-group code is required.</source>
        <translation>cần ít nhất một mã nhóm giá CMIS.</translation>
    </message>
    <message>
        <source>no price group.</source>
        <translation>không có nhóm giá nào.</translation>
    </message>
    <message>
        <source>Tariff book %1</source>
        <translation>Biểu giá %1</translation>
    </message>
</context>
<context>
    <name>ta::TariffLibrary</name>
    <message>
        <source>Tariff book %1: decision %2 is already loaded from %3.</source>
        <translation>Biểu giá %1: quyết định %2 đã được nạp từ %3.</translation>
    </message>
    <message>
        <source>Tariff book %1: its dates (from %2) overlap decision %3 (from %4).</source>
        <translation>Biểu giá %1: thời gian áp dụng (từ %2) trùng với quyết định %3 (từ %4).</translation>
    </message>
    <message>
        <source>Tariff book %1: the code %2 names group &quot;%3&quot; here but &quot;%4&quot; in decision %5.</source>
        <translation>Biểu giá %1: mã %2 ở đây chỉ nhóm &quot;%3&quot; nhưng ở quyết định %5 lại chỉ &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Tariff book %1: group &quot;%2&quot; is of category &quot;%3&quot; here but &quot;%4&quot; in decision %5.</source>
        <translation>Biểu giá %1: nhóm &quot;%2&quot; ở đây thuộc loại &quot;%3&quot; nhưng ở quyết định %5 lại thuộc &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>ta::TariffsPage</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>đang áp dụng</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Tier or voltage</source>
        <translation>Bậc hoặc cấp điện áp</translation>
    </message>
    <message>
        <source>Normal / price</source>
        <translation>Bình thường / giá</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Thấp điểm</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Cao điểm</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>đã đối chiếu</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>cần đối chiếu</translation>
    </message>
    <message>
        <source>Tier %1: %2–%3 kWh</source>
        <translation>Bậc %1: %2–%3 kWh</translation>
    </message>
    <message>
        <source>Tier %1: above %2 kWh</source>
        <translation>Bậc %1: trên %2 kWh</translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <translation>Thẻ trả trước</translation>
    </message>
    <message>
        <source>Prices in dong per kWh, VAT excluded. To add a newer decision, place its book file (JSON, see docs/tariff-books.md) in %1 and restart; a file with errors is refused and the books below stay in use.</source>
        <translation>Giá tính theo đồng/kWh, chưa gồm thuế GTGT. Để thêm quyết định mới, đặt tệp biểu giá (JSON, xem docs/tariff-books.md) vào %1 rồi khởi động lại; tệp có lỗi sẽ bị từ chối và các biểu giá dưới đây vẫn được dùng.</translation>
    </message>
    <message>
        <source>VAT on electricity today: %1 % (%2).</source>
        <translation>Thuế GTGT tiền điện hôm nay: %1 % (%2).</translation>
    </message>
    <message>
        <source>Bill with the time-of-use hours of 04/2026 from</source>
        <translation>Tính hóa đơn theo khung giờ mới 04/2026 từ ngày</translation>
    </message>
    <message>
        <source>Time-of-use hours in force today: %1 (%2).</source>
        <translation>Khung giờ đang áp dụng hôm nay: %1 (%2).</translation>
    </message>
    <message>
        <source>waiting for a leader</source>
        <translation>chờ lãnh đạo chấp nhận</translation>
    </message>
    <message>
        <source>Built into the program.</source>
        <translation>Có sẵn trong chương trình.</translation>
    </message>
    <message>
        <source>File %1, accepted by a branch leader.</source>
        <translation>Tệp %1, đã được lãnh đạo Điện lực chấp nhận.</translation>
    </message>
    <message>
        <source>File %1: it prices nothing until a branch leader signed in accepts it.</source>
        <translation>Tệp %1: chưa dùng để tính tiền cho đến khi một lãnh đạo Điện lực đăng nhập và chấp nhận.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, in force from %2.&lt;br&gt;Source: %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;&lt;tt&gt;SHA-256 %6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, có hiệu lực từ %2.&lt;br&gt;Căn cứ: %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;&lt;tt&gt;SHA-256 %6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>A branch leader must be signed in.</source>
        <translation>Cần một lãnh đạo Điện lực đăng nhập.</translation>
    </message>
    <message>
        <source>Accept a tariff book</source>
        <translation>Chấp nhận biểu giá</translation>
    </message>
    <message>
        <source>Decision %1 from the file %2 (SHA-256 %3) will price bills and records from %4 on this device. Accept it?</source>
        <translation>Quyết định %1 từ tệp %2 (SHA-256 %3) sẽ được dùng để tính hóa đơn và biên bản từ ngày %4 trên thiết bị này. Chấp nhận?</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Accept this book</source>
        <translation>Chấp nhận biểu giá này</translation>
    </message>
    <message>
        <source>%1 (to check)</source>
        <translation>%1 (cần kiểm tra lại)</translation>
    </message>
    <message>
        <source>Legal thresholds in force (rule set %1, from %2): three-rate meter from %3 kWh a month over %4 consecutive months or a %5 kVA dedicated transformer — %6. Households: %7 renters = 1 quota, lease under %8 months — %9. Back-billing over at most %10 months — %11.</source>
        <translation>Ngưỡng pháp lý đang áp dụng (bộ quy định %1, từ %2): công tơ 3 giá từ %3 kWh/tháng bình quân %4 tháng liên tục hoặc máy biến áp chuyên dùng %5 kVA — %6. Số hộ: %7 người thuê = 1 định mức, thuê dưới %8 tháng — %9. Truy thu tối đa %10 tháng — %11.</translation>
    </message>
    <message>
        <source>No legal rule set covers today: the checks cannot decide (resources/tariffs/regulations.json).</source>
        <translation>Không có bộ quy định nào áp dụng cho hôm nay: các bước kiểm tra không thể kết luận (resources/tariffs/regulations.json).</translation>
    </message>
</context>
<context>
    <name>ta::ThreeRateStep</name>
    <message>
        <source>A three-rate meter is fitted or planned</source>
        <translation>Đã lắp hoặc đã hẹn lắp công tơ 3 giá</translation>
    </message>
    <message>
        <source>Swap date</source>
        <translation>Ngày thay công tơ</translation>
    </message>
    <message>
        <source>New meter serial</source>
        <translation>Số công tơ mới</translation>
    </message>
    <message>
        <source>Opening reading, normal</source>
        <translation>Chỉ số đầu, giờ bình thường</translation>
    </message>
    <message>
        <source>Opening reading, peak</source>
        <translation>Chỉ số đầu, giờ cao điểm</translation>
    </message>
    <message>
        <source>Opening reading, off-peak</source>
        <translation>Chỉ số đầu, giờ thấp điểm</translation>
    </message>
</context>
<context>
    <name>ta::TouCalendar</name>
    <message>
        <source>Time-of-use hours %1, field %2: %3</source>
        <translation>Khung giờ %1, trường %2: %3</translation>
    </message>
    <message>
        <source>an id is required.</source>
        <translation>cần một mã định danh.</translation>
    </message>
    <message>
        <source>not a date written YYYY-MM-DD.</source>
        <translation>không phải ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span HH:mm-HH:mm.</source>
        <translation>&quot;%1&quot; không phải khoảng HH:mm-HH:mm.</translation>
    </message>
    <message>
        <source>Time-of-use hours %1</source>
        <translation>Khung giờ sử dụng điện %1</translation>
    </message>
    <message>
        <source>a JSON object is expected.</source>
        <translation>cần một đối tượng JSON.</translation>
    </message>
</context>
<context>
    <name>ta::TrainingBanner</name>
    <message>
        <source>Generated customers for practice only. Nothing here is real or leaves this device.</source>
        <translation>Khách hàng giả lập chỉ để thực hành. Không có gì ở đây là thật hoặc được gửi khỏi thiết bị này.</translation>
    </message>
</context>
<context>
    <name>ta::TrainingData</name>
    <message>
        <source>The training database is busy.</source>
        <translation>Cơ sở dữ liệu đào tạo đang bận.</translation>
    </message>
    <message>
        <source>Cancelled: the training data was left as it was.</source>
        <translation>Đã hủy: dữ liệu đào tạo được giữ nguyên.</translation>
    </message>
    <message>
        <source>The training data file is busy.</source>
        <translation>Tệp dữ liệu đào tạo đang bận.</translation>
    </message>
</context>
<context>
    <name>ta::TrustedKeys</name>
    <message>
        <source>%1: a list of trusted keys is expected ({&quot;keys&quot;: [{&quot;device&quot;, &quot;name&quot;, &quot;publicKey&quot;}]}).</source>
        <translation>%1: cần một danh sách khóa tin cậy ({&quot;keys&quot;: [{&quot;device&quot;, &quot;name&quot;, &quot;publicKey&quot;}]}).</translation>
    </message>
    <message>
        <source>%1: keys[%2].publicKey is not a base64 Ed25519 public key.</source>
        <translation>%1: keys[%2].publicKey không phải khóa công khai Ed25519 dạng base64.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>ta::VatSchedule</name>
    <message>
        <source>VAT rates %1, field %2: %3</source>
        <translation>Thuế suất GTGT %1, trường %2: %3</translation>
    </message>
    <message>
        <source>a rate from 0 to 100 is required.</source>
        <translation>cần thuế suất từ 0 đến 100.</translation>
    </message>
    <message>
        <source>a valid date range is required.</source>
        <translation>cần một khoảng ngày hợp lệ.</translation>
    </message>
    <message>
        <source>overlaps another period.</source>
        <translation>trùng với một giai đoạn khác.</translation>
    </message>
    <message>
        <source>VAT rates %1</source>
        <translation>Thuế suất GTGT %1</translation>
    </message>
    <message>
        <source>a JSON object is expected.</source>
        <translation>cần một đối tượng JSON.</translation>
    </message>
</context>
<context>
    <name>ta::WorklistPage</name>
    <message>
        <source>Import a customer list</source>
        <translation>Nhập danh sách khách hàng</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1: %2 rows. New %3, updated %4, unchanged %5, rejected %6. %7 customers have a warning.</source>
        <translation>%1: %2 dòng. Thêm mới %3, cập nhật %4, không đổi %5, bị loại %6. %7 khách hàng có cảnh báo.</translation>
    </message>
    <message>
        <source>%1 of %2 customers need a visit.</source>
        <translation>%1 / %2 khách hàng cần kiểm tra.</translation>
    </message>
    <message>
        <source>%1 of %2 customers.</source>
        <translation>%1 / %2 khách hàng.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Các dòng bị loại của %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Xuất các dòng bị loại</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported. Fix them in the file and import it again; the rows already imported will not change.</source>
        <translation>
            <numerusform>%n dòng không được nhập. Hãy sửa trong tệp rồi nhập lại; các dòng đã nhập sẽ không thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the flagged customers</source>
        <translation>Xuất danh sách khách hàng có cảnh báo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Lưu mẫu nhập liệu</translation>
    </message>
    <message>
        <source>The template was saved to %1. Its columns are explained in docs/import-template.md.</source>
        <translation>Đã lưu mẫu vào %1. Ý nghĩa các cột có trong docs/import-template.md.</translation>
    </message>
    <message>
        <source>Search code, name, address, meter, phone — with or without marks</source>
        <translation>Tìm mã, tên, địa chỉ, công tơ, điện thoại — có dấu hay không dấu</translation>
    </message>
    <message>
        <source>To visit (warnings)</source>
        <translation>Cần kiểm tra (có cảnh báo)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tất cả khách hàng</translation>
    </message>
    <message>
        <source>Every warning</source>
        <translation>Mọi cảnh báo</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>Export warnings…</source>
        <translation>Xuất cảnh báo…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Lưu mẫu…</translation>
    </message>
    <message>
        <source>Pre-screening the customers…</source>
        <translation>Đang sàng lọc khách hàng…</translation>
    </message>
    <message>
        <source>Customer lists (*.xlsx *.csv *.txt)</source>
        <translation>Danh sách khách hàng (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 visits planned for today, in route order.</source>
        <translation>%1 khách hàng cần kiểm tra hôm nay, theo lộ trình ghi chỉ số.</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Kiểm tra hôm nay</translation>
    </message>
    <message>
        <source>Select the customers first (tap the rows).</source>
        <translation>Hãy chọn khách hàng trước (chạm vào các dòng).</translation>
    </message>
    <message>
        <source>Today&apos;s visits (route order)</source>
        <translation>Kiểm tra hôm nay (theo lộ trình)</translation>
    </message>
    <message>
        <source>Add to today</source>
        <translation>Thêm vào hôm nay</translation>
    </message>
    <message>
        <source>Remove from today</source>
        <translation>Bỏ khỏi hôm nay</translation>
    </message>
    <message>
        <source>These fields still have no column: %1.</source>
        <translation>Các trường này chưa có cột: %1.</translation>
    </message>
    <message>
        <source>Pre-screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <source>Exporting the flagged customers…</source>
        <translation>Đang xuất danh sách khách hàng có cảnh báo…</translation>
    </message>
    <message>
        <source>Every substation</source>
        <translation>Mọi trạm biến áp</translation>
    </message>
    <message>
        <source>Every route book</source>
        <translation>Mọi sổ GCS</translation>
    </message>
    <message>
        <source>Every price group</source>
        <translation>Mọi nhóm giá</translation>
    </message>
    <message>
        <source>Every visit status</source>
        <translation>Mọi trạng thái kiểm tra</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Reading the columns of %1…</source>
        <translation>Đang đọc các cột của %1…</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Select the customer first (tap the row).</source>
        <translation>Hãy chọn khách hàng trước (chạm vào dòng).</translation>
    </message>
    <message>
        <source>%1 customers a branch leader assigned to you.</source>
        <translation>%1 khách hàng lãnh đạo điện lực giao cho bạn.</translation>
    </message>
    <message>
        <source>Assigned by the branch</source>
        <translation>Điện lực giao</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Đợt kiểm tra mới</translation>
    </message>
    <message>
        <source>Campaign “%1” created. Assign its customers to inspectors with Assign.</source>
        <translation>Đã tạo đợt “%1”. Giao khách hàng của đợt cho kiểm tra viên bằng nút Giao.</translation>
    </message>
    <message>
        <source>Assign customers</source>
        <translation>Giao khách hàng</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) assigned to %1; the tablet receives them with its next sync.</source>
        <translation>
            <numerusform>Đã giao %n khách hàng cho %1; máy tính bảng nhận được ở lần đồng bộ tới.</numerusform>
        </translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Đợt kiểm tra mới…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Giao…</translation>
    </message>
    <message>
        <source>Leaders: a campaign from the list as filtered above, or its customers sent to an inspector&apos;s tablet.</source>
        <translation>Lãnh đạo: tạo đợt kiểm tra từ danh sách đang lọc ở trên, hoặc giao các khách hàng của nó cho máy tính bảng của kiểm tra viên.</translation>
    </message>
    <message>
        <source>Building the search index: %1 % of the customers. Until it is done, names and addresses are found among the customers indexed so far; customer codes are found among all.</source>
        <translation>Đang lập chỉ mục tìm kiếm: %1 % khách hàng. Cho đến khi xong, tên và địa chỉ chỉ tìm được trong số khách hàng đã lập chỉ mục; mã khách hàng tìm được trong toàn bộ danh sách.</translation>
    </message>
    <message>
        <source>The search index could not be finished (%1); it is tried again at the next sign-in.</source>
        <translation>Chưa lập xong chỉ mục tìm kiếm (%1); sẽ thử lại ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Đang lập chỉ mục tìm kiếm…</translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are shown; Export as CSV writes the first %3.</source>
        <translation>Đang hiển thị %1 lỗi đầu tiên trong %2 lỗi; Xuất CSV ghi %3 lỗi đầu tiên.</translation>
    </message>
    <message>
        <source>%1 customers flagged, %2 of them with an impact unknown before a visit. Warnings changed for %3 customers since the last pre-screen.</source>
        <translation>%1 khách hàng bị cảnh báo, %2 trong số đó chưa biết số tiền trước khi kiểm tra. Cảnh báo đã thay đổi ở %3 khách hàng so với lần sàng lọc trước.</translation>
    </message>
    <message>
        <source>The list is being put in order; select the customer once it is shown.</source>
        <translation>Danh sách đang được sắp xếp; hãy chọn khách hàng khi danh sách hiện ra.</translation>
    </message>
    <message>
        <source>Putting them in order…</source>
        <translation>Đang sắp xếp…</translation>
    </message>
    <message>
        <source>Counting the customers and putting them in order…</source>
        <translation>Đang đếm và sắp xếp khách hàng…</translation>
    </message>
</context>
<context>
    <name>ta::XlsxReader</name>
    <message>
        <source>this is not a readable .xlsx workbook (its zip directory cannot be read).</source>
        <translation>đây không phải sổ tính .xlsx đọc được (không đọc được danh mục zip của tệp).</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>sổ tính không có trang tính nào.</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot; (sheets: %2).</source>
        <translation>sổ tính không có trang tính tên &quot;%1&quot; (các trang: %2).</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml has more than %1 strings.</source>
        <translation>xl/sharedStrings.xml có hơn %1 chuỗi.</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; (%2) is missing from the workbook.</source>
        <translation>sổ tính thiếu trang tính &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (%1 is missing).</source>
        <translation>đây không phải sổ tính .xlsx (thiếu %1).</translation>
    </message>
    <message>
        <source>%1 cannot be read from the workbook.</source>
        <translation>không đọc được %1 trong sổ tính.</translation>
    </message>
    <message>
        <source>%1 inflates to %2 bytes; at most %3 are read.</source>
        <translation>%1 giải nén ra %2 byte; chỉ đọc tối đa %3.</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>các phần tử lồng nhau quá %1 cấp</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2 of its XML (%3).</source>
        <translation>%1 bị hỏng tại dòng %2 của XML (%3).</translation>
    </message>
    <message>
        <source>after row %1: the row number &quot;%2&quot; is not a number.</source>
        <translation>sau hàng %1: số hàng &quot;%2&quot; không phải là số.</translation>
    </message>
    <message>
        <source>row %1 comes after row %2; rows must be in order.</source>
        <translation>hàng %1 nằm sau hàng %2; các hàng phải theo thứ tự.</translation>
    </message>
    <message>
        <source>row %1 is past row %2, the last row of a sheet.</source>
        <translation>hàng %1 vượt quá hàng %2, hàng cuối cùng của một trang tính.</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not a cell reference.</source>
        <translation>hàng %1: &quot;%2&quot; không phải là địa chỉ ô.</translation>
    </message>
    <message>
        <source>cell %1 is past column %2; a customer list has at most %3 columns.</source>
        <translation>ô %1 vượt quá cột %2; danh sách khách hàng có tối đa %3 cột.</translation>
    </message>
    <message>
        <source>cell %1 comes after cell %2 in its row; cells must be in order.</source>
        <translation>ô %1 nằm sau ô %2 trong cùng hàng; các ô phải theo thứ tự.</translation>
    </message>
    <message>
        <source>cell %1: the text is longer than %2 characters.</source>
        <translation>ô %1: nội dung dài hơn %2 ký tự.</translation>
    </message>
    <message>
        <source>the sheet is damaged near row %1 (%2).</source>
        <translation>trang tính bị hỏng gần hàng %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (zip error %2).</source>
        <translation>%1 bị hỏng (lỗi zip %2).</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 bytes.</source>
        <translation>%1 giải nén ra hơn %2 byte.</translation>
    </message>
    <message>
        <source>the workbook&apos;s parts inflate to more than %1 bytes.</source>
        <translation>các phần của sổ tính giải nén ra hơn %1 byte.</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 times its compressed size, as a zip bomb does.</source>
        <translation>%1 giải nén ra lớn hơn %2 lần kích thước nén, như một quả bom zip.</translation>
    </message>
    <message>
        <source>%1 has a text or a tag longer than %2 bytes.</source>
        <translation>%1 có một đoạn văn bản hoặc một thẻ dài hơn %2 byte.</translation>
    </message>
</context>
<context>
    <name>ta::canonicalJson</name>
    <message>
        <source>%1: %2 is not a whole number; write fractions as text.</source>
        <translation>%1: %2 không phải số nguyên; hãy ghi số lẻ dưới dạng văn bản.</translation>
    </message>
</context>
<context>
    <name>ta::review::Campaigns</name>
    <message>
        <source>The campaigns could not be updated: %1</source>
        <translation>Không cập nhật được các đợt kiểm tra: %1</translation>
    </message>
    <message>
        <source>Households to re-check</source>
        <translation>Khách hàng nhiều hộ cần kiểm tra lại</translation>
    </message>
    <message>
        <source>Price ratios of multi-purpose meters</source>
        <translation>Tỷ lệ giá của công tơ nhiều mục đích</translation>
    </message>
    <message>
        <source>Administrative customers at 100 % administrative price</source>
        <translation>Khách hàng hành chính áp 100 % giá hành chính</translation>
    </message>
    <message>
        <source>Single-rate business meters (three-rate rule)</source>
        <translation>Công tơ 1 giá kinh doanh (quy định công tơ 3 giá)</translation>
    </message>
    <message>
        <source>Campaign name: between 1 and 120 characters are expected.</source>
        <translation>Tên đợt: cần từ 1 đến 120 ký tự.</translation>
    </message>
    <message>
        <source>Campaign kind: &quot;%1&quot; is not one of the four kinds.</source>
        <translation>Loại đợt: &quot;%1&quot; không thuộc bốn loại.</translation>
    </message>
    <message>
        <source>Planned visits: a number from 1 to 10,000,000 is expected, not %1.</source>
        <translation>Số lượt theo kế hoạch: cần một số từ 1 đến 10.000.000, không phải %1.</translation>
    </message>
    <message>
        <source>Deadline: a date is expected.</source>
        <translation>Hạn hoàn thành: cần một ngày.</translation>
    </message>
    <message>
        <source>Campaign name: &quot;%1&quot; is already used by another campaign.</source>
        <translation>Tên đợt: &quot;%1&quot; đã được dùng cho một đợt khác.</translation>
    </message>
    <message>
        <source>The campaigns could not be updated: the data file is busy.</source>
        <translation>Không cập nhật được các đợt kiểm tra: tệp dữ liệu đang bận.</translation>
    </message>
    <message>
        <source>The server sent an assignment without a customer code.</source>
        <translation>Máy chủ gửi một việc giao không có mã khách hàng.</translation>
    </message>
</context>
<context>
    <name>ta::review::CmisExport</name>
    <message>
        <source>An approved record cannot be read: %1</source>
        <translation>Không đọc được một biên bản đã duyệt: %1</translation>
    </message>
    <message>
        <source>Record %1 has no visit time.</source>
        <translation>Biên bản %1 không có thời gian kiểm tra.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation>không tạo được tệp.</translation>
    </message>
    <message>
        <source>the file cannot be replaced.</source>
        <translation>không thay thế được tệp.</translation>
    </message>
</context>
<context>
    <name>ta::review::Dashboard</name>
    <message>
        <source>Households changed</source>
        <translation>Thay đổi số hộ</translation>
    </message>
    <message>
        <source>Price ratio changed</source>
        <translation>Thay đổi tỷ lệ giá</translation>
    </message>
    <message>
        <source>Meter swap proposed</source>
        <translation>Đề nghị thay công tơ 3 giá</translation>
    </message>
    <message>
        <source>Reading anomalous</source>
        <translation>Chỉ số bất thường</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Trong ngày</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 ngày</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4–7 ngày</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation>8–14 ngày</translation>
    </message>
    <message>
        <source>More than 14 days</source>
        <translation>Trên 14 ngày</translation>
    </message>
    <message>
        <source>The dashboards could not read the review queue: %1</source>
        <translation>Bảng số liệu không đọc được hàng đợi duyệt: %1</translation>
    </message>
    <message>
        <source>The dashboards could not read the assignments: %1</source>
        <translation>Bảng số liệu không đọc được việc giao khách hàng: %1</translation>
    </message>
    <message>
        <source>The dashboards could not read the campaigns: %1</source>
        <translation>Bảng số liệu không đọc được các đợt kiểm tra: %1</translation>
    </message>
    <message>
        <source>The dashboards could not read the inspections: %1</source>
        <translation>Bảng số liệu không đọc được các biên bản kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>ta::review::Reconciliation</name>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Chưa áp dụng</translation>
    </message>
    <message>
        <source>Not applied, overdue</source>
        <translation>Chưa áp dụng, quá hạn</translation>
    </message>
    <message>
        <source>Changed otherwise</source>
        <translation>Thay đổi khác</translation>
    </message>
    <message>
        <source>Not in the customer list</source>
        <translation>Không có trong danh sách khách hàng</translation>
    </message>
    <message>
        <source>The approved records could not be read: %1</source>
        <translation>Không đọc được các biên bản đã duyệt: %1</translation>
    </message>
    <message>
        <source>%1: the record says %2 → %3, the list holds %4</source>
        <translation>%1: biên bản ghi %2 → %3, danh sách đang là %4</translation>
    </message>
    <message>
        <source>only some of the changes were applied</source>
        <translation>chỉ một phần điều chỉnh được áp dụng</translation>
    </message>
</context>
<context>
    <name>ta::review::ReviewQueue</name>
    <message>
        <source>The review queue could not be updated: %1</source>
        <translation>Không cập nhật được hàng chờ duyệt: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Đã gửi lại</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>Đã được thay bằng bản sửa</translation>
    </message>
    <message>
        <source>The review queue could not be updated: the data file is busy.</source>
        <translation>Không cập nhật được hàng chờ duyệt: tệp dữ liệu đang bận.</translation>
    </message>
    <message>
        <source>The server sent a queue entry that is not a record (%1/%2).</source>
        <translation>Máy chủ gửi một mục trong hàng chờ không phải biên bản (%1/%2).</translation>
    </message>
    <message>
        <source>The server sent an unknown review status &quot;%1&quot;.</source>
        <translation>Máy chủ gửi một trạng thái duyệt không rõ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 is not in the review queue.</source>
        <translation>Biên bản %1 không có trong hàng chờ duyệt.</translation>
    </message>
    <message>
        <source>This revision was replaced by a correction; decide on the newer one.</source>
        <translation>Lần sửa này đã được thay bằng một bản sửa; hãy quyết định trên bản mới hơn.</translation>
    </message>
    <message>
        <source>This revision was already decided (%1).</source>
        <translation>Lần sửa này đã có quyết định (%1).</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <source>Write what the inspector must correct: a returned record needs a comment.</source>
        <translation>Hãy ghi điều kiểm tra viên cần sửa: biên bản bị trả lại phải có nhận xét.</translation>
    </message>
    <message>
        <source>The decision could not be signed with this device&apos;s key.</source>
        <translation>Không ký được quyết định bằng khóa của thiết bị này.</translation>
    </message>
</context>
<context>
    <name>ta::review::ReviewQueueModel</name>
    <message>
        <source>No change</source>
        <translation>Không thay đổi</translation>
    </message>
    <message>
        <source>Signature verified with the tablet&apos;s registered key</source>
        <translation>Chữ ký khớp với khóa đã đăng ký của máy tính bảng</translation>
    </message>
    <message>
        <source>The signature does NOT verify with a registered key</source>
        <translation>Chữ ký KHÔNG khớp với khóa nào đã đăng ký</translation>
    </message>
    <message>
        <source>This customer was not assigned to the inspector</source>
        <translation>Khách hàng này không được giao cho kiểm tra viên</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Nhận xét: %1</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (lần sửa %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (chưa gửi)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>không được giao</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Kiểm tra viên</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Số tiền liên quan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>ta::server::BlobStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be stored durably.</source>
        <translation>Không lưu bền vững được %1.</translation>
    </message>
    <message>
        <source>No file %1 is stored.</source>
        <translation>Không có tệp %1 được lưu.</translation>
    </message>
</context>
<context>
    <name>ta::server::HttpServer</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 không phải địa chỉ IP.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Không lắng nghe được trên %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>ta::server::ServerIdentity</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>Không tạo được %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the keys.</source>
        <translation>OpenSSL không tạo được khóa.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificates.</source>
        <translation>OpenSSL không ký được chứng chỉ.</translation>
    </message>
    <message>
        <source>%1 already holds a server; nothing was changed.</source>
        <translation>%1 đã chứa một máy chủ; không thay đổi gì.</translation>
    </message>
    <message>
        <source>libsodium could not make the receipt key.</source>
        <translation>libsodium không tạo được khóa biên nhận.</translation>
    </message>
    <message>
        <source>%1 holds no server (run tariff-audit-server init --data %1 first).</source>
        <translation>%1 không chứa máy chủ nào (hãy chạy tariff-audit-server init --data %1 trước).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>receipt.key: %1</source>
        <translation>receipt.key: %1</translation>
    </message>
    <message>
        <source>%1: the server&apos;s identity or certificate is incomplete.</source>
        <translation>%1: định danh hoặc chứng chỉ của máy chủ không đầy đủ.</translation>
    </message>
</context>
<context>
    <name>ta::server::Store</name>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Chuyển đổi cơ sở dữ liệu %1 (%2) thất bại: %3</translation>
    </message>
    <message>
        <source>counter %1 is missing</source>
        <translation>thiếu bộ đếm %1</translation>
    </message>
    <message>
        <source>The database has no epoch.</source>
        <translation>Cơ sở dữ liệu không có mã kỷ nguyên (epoch).</translation>
    </message>
    <message>
        <source>The store is closing.</source>
        <translation>Kho dữ liệu đang đóng.</translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation>Không có kết nối cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No device %1.</source>
        <translation>Không có thiết bị %1.</translation>
    </message>
    <message>
        <source>Device %1 is revoked; it cannot change again.</source>
        <translation>Thiết bị %1 đã bị thu hồi; không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>No record %1 revision %2.</source>
        <translation>Không có biên bản %1 lần sửa %2.</translation>
    </message>
    <message>
        <source>Device %1 is not an approved device.</source>
        <translation>Thiết bị %1 không phải thiết bị đã được duyệt.</translation>
    </message>
    <message>
        <source>Record %1 was replaced by the correction %2; decide on that one.</source>
        <translation>Biên bản %1 đã được thay bằng bản sửa %2; hãy quyết định trên bản đó.</translation>
    </message>
    <message>
        <source>Record %1 revision %2 was already decided otherwise.</source>
        <translation>Biên bản %1 lần sửa %2 đã có quyết định khác.</translation>
    </message>
</context>
<context>
    <name>ta::sync</name>
    <message>
        <source>The outbox could not be updated: %1</source>
        <translation>Không cập nhật được hộp thư đi: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n attempts so far; last: %1</source>
        <translation>
            <numerusform>Đang chờ: đã thử %n lần; lần cuối: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Received by the server %1</source>
        <translation>Máy chủ đã nhận lúc %1</translation>
    </message>
    <message>
        <source>Approved by a leader %1</source>
        <translation>Lãnh đạo đã duyệt lúc %1</translation>
    </message>
    <message>
        <source>Returned by a leader %1: %2</source>
        <translation>Lãnh đạo trả lại lúc %1: %2</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>Bị cách ly: %1</translation>
    </message>
    <message>
        <source>Synchronised.</source>
        <translation>Đã đồng bộ.</translation>
    </message>
    <message>
        <source>This tablet is not enrolled with a branch server.</source>
        <translation>Máy tính bảng này chưa đăng ký với máy chủ điện lực.</translation>
    </message>
    <message>
        <source>The branch server has not approved this tablet yet.</source>
        <translation>Máy chủ điện lực chưa duyệt máy tính bảng này.</translation>
    </message>
    <message>
        <source>The branch server revoked this tablet: records are no longer sent. Ask a branch leader.</source>
        <translation>Máy chủ điện lực đã thu hồi máy tính bảng này: biên bản không còn được gửi. Hãy hỏi lãnh đạo điện lực.</translation>
    </message>
    <message>
        <source>The branch server cannot be reached.</source>
        <translation>Không kết nối được máy chủ điện lực.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one this tablet was enrolled with: nothing was sent.</source>
        <translation>Chứng chỉ của máy chủ không phải chứng chỉ lúc máy tính bảng đăng ký: không gửi gì cả.</translation>
    </message>
    <message>
        <source>The branch server refused the request.</source>
        <translation>Máy chủ điện lực từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The tablet could not read or write its own data.</source>
        <translation>Máy tính bảng không đọc hoặc ghi được dữ liệu của chính nó.</translation>
    </message>
    <message>
        <source>This is not an enrollment link: it starts with &quot;%1&quot;.</source>
        <translation>Đây không phải liên kết đăng ký: liên kết phải bắt đầu bằng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The enrollment link has no https server address.</source>
        <translation>Liên kết đăng ký không có địa chỉ máy chủ https.</translation>
    </message>
    <message>
        <source>The enrollment link&apos;s certificate pin is not 64 hexadecimal digits.</source>
        <translation>Mã ghim chứng chỉ trong liên kết đăng ký không phải 64 chữ số thập lục phân.</translation>
    </message>
    <message>
        <source>The enrollment link&apos;s code is missing or not a code.</source>
        <translation>Liên kết đăng ký thiếu mã hoặc mã không hợp lệ.</translation>
    </message>
    <message>
        <source>The server&apos;s receipt is incomplete.</source>
        <translation>Biên nhận của máy chủ không đầy đủ.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>Không đọc được ảnh.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>Không tìm thấy mã QR trong ảnh.</translation>
    </message>
    <message>
        <source>The decision is not in the format %1.</source>
        <translation>Quyết định không theo định dạng %1.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; is neither approve nor return.</source>
        <translation>Quyết định &quot;%1&quot; không phải duyệt cũng không phải trả lại.</translation>
    </message>
    <message>
        <source>The decision lacks its record, revision, fingerprint, device or time.</source>
        <translation>Quyết định thiếu biên bản, lần sửa, dấu vân tay, thiết bị hoặc thời gian.</translation>
    </message>
    <message>
        <source>A returned record needs a comment.</source>
        <translation>Biên bản bị trả lại phải có nhận xét.</translation>
    </message>
    <message>
        <source>The comment is longer than 4,000 characters.</source>
        <translation>Nhận xét dài hơn 4.000 ký tự.</translation>
    </message>
</context>
<context>
    <name>ta::sync::Outbox</name>
    <message>
        <source>Record %1 is not waiting or quarantined in the outbox.</source>
        <translation>Biên bản %1 không ở trạng thái chờ hoặc cách ly trong hộp thư đi.</translation>
    </message>
    <message>
        <source>Only a quarantined record can be taken out of the outbox.</source>
        <translation>Chỉ biên bản bị cách ly mới được bỏ khỏi hộp thư đi.</translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot;.</source>
        <translation>Quyết định duyệt không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The outbox could not be updated: the data file is busy.</source>
        <translation>Không cập nhật được hộp thư đi: tệp dữ liệu đang bận.</translation>
    </message>
</context>
<context>
    <name>ta::sync::OutboxModel</name>
    <message>
        <source>%1 (correction %2)</source>
        <translation>%1 (bản sửa %2)</translation>
    </message>
    <message>
        <source>Sending… %1%</source>
        <translation>Đang gửi… %1%</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ký lúc</translation>
    </message>
</context>
<context>
    <name>ta::sync::SyncEngine</name>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>No answer from %1 (%2).</source>
        <translation>Không có phản hồi từ %1 (%2).</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Máy chủ trả lời %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Máy chủ trả lời %1.</translation>
    </message>
    <message>
        <source>The server at %1 showed a certificate that is not the one this tablet trusts (pin %2…). Nothing was sent. Ask a branch leader before trying again.</source>
        <translation>Máy chủ tại %1 đưa ra chứng chỉ không phải chứng chỉ máy tính bảng này tin cậy (mã ghim %2…). Không gửi gì cả. Hãy hỏi lãnh đạo điện lực trước khi thử lại.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Tariff Audit server (a Wi-Fi sign-in page?).</source>
        <translation>%1 có trả lời nhưng không phải máy chủ Tariff Audit (trang đăng nhập Wi-Fi?).</translation>
    </message>
    <message>
        <source>The server at %1 is not the one this tablet was enrolled with (server %2, expected %3). Nothing was sent.</source>
        <translation>Máy chủ tại %1 không phải máy chủ lúc máy tính bảng đăng ký (máy chủ %2, cần %3). Không gửi gì cả.</translation>
    </message>
    <message>
        <source>The enrollment code has expired: ask the branch leader for a new one.</source>
        <translation>Mã đăng ký đã hết hạn: hãy xin lãnh đạo điện lực mã mới.</translation>
    </message>
    <message>
        <source>The enrollment code is unknown or was already used: check it, or ask for a new one.</source>
        <translation>Mã đăng ký không tồn tại hoặc đã được dùng: hãy kiểm tra lại, hoặc xin mã mới.</translation>
    </message>
    <message>
        <source>The server registered another key than this tablet&apos;s (comparison code %1, expected %2). Nothing is trusted; enroll again.</source>
        <translation>Máy chủ đã đăng ký một khóa khác khóa của máy tính bảng này (mã đối chiếu %1, cần %2). Không tin cậy gì cả; hãy đăng ký lại.</translation>
    </message>
    <message>
        <source>Waiting for a branch leader to approve this tablet (comparison code %1).</source>
        <translation>Đang chờ lãnh đạo điện lực duyệt máy tính bảng này (mã đối chiếu %1).</translation>
    </message>
    <message>
        <source>The server&apos;s receipt key changed since enrollment: nothing is trusted. Enroll again.</source>
        <translation>Khóa biên nhận của máy chủ đã thay đổi kể từ lúc đăng ký: không tin cậy gì cả. Hãy đăng ký lại.</translation>
    </message>
    <message>
        <source>The server is busy; it will be tried again shortly.</source>
        <translation>Máy chủ đang bận; sẽ thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>The record lists an evidence file without a usable name (&quot;%1&quot;).</source>
        <translation>Biên bản liệt kê một tệp bằng chứng không có tên dùng được (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing on this tablet.</source>
        <translation>Tệp bằng chứng %1 không còn trên máy tính bảng này.</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp bằng chứng %1: %2</translation>
    </message>
    <message>
        <source>The server answered without a receipt that verifies; the record will be sent again.</source>
        <translation>Máy chủ trả lời mà không có biên nhận hợp lệ; biên bản sẽ được gửi lại.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The server refused the record: it does not verify against this tablet&apos;s registered key</source>
        <translation>Máy chủ từ chối biên bản: biên bản không khớp với khóa đã đăng ký của máy tính bảng này</translation>
    </message>
    <message>
        <source>The server refused a training record</source>
        <translation>Máy chủ từ chối một biên bản đào tạo</translation>
    </message>
    <message>
        <source>The server already holds this revision of the record with other content; a branch leader decides</source>
        <translation>Máy chủ đã có lần sửa này của biên bản với nội dung khác; lãnh đạo điện lực sẽ quyết định</translation>
    </message>
    <message>
        <source>The record this correction replaces is not the server&apos;s latest</source>
        <translation>Biên bản mà bản sửa này thay thế không phải bản mới nhất trên máy chủ</translation>
    </message>
    <message>
        <source>The server lacks some of the record&apos;s files</source>
        <translation>Máy chủ còn thiếu một số tệp của biên bản</translation>
    </message>
    <message>
        <source>The server refused a file or record as too large</source>
        <translation>Máy chủ từ chối một tệp hoặc biên bản vì quá lớn</translation>
    </message>
    <message>
        <source>A file reached the server damaged</source>
        <translation>Một tệp đến máy chủ bị hỏng</translation>
    </message>
    <message>
        <source>The server revoked this tablet</source>
        <translation>Máy chủ đã thu hồi máy tính bảng này</translation>
    </message>
    <message>
        <source>The server is busy</source>
        <translation>Máy chủ đang bận</translation>
    </message>
    <message>
        <source>The branch revoked this tablet&apos;s key: it cannot be enrolled again with it. Ask the branch&apos;s IT staff.</source>
        <translation>Điện lực đã thu hồi khóa của máy tính bảng này: không thể đăng ký lại bằng khóa đó. Hãy liên hệ bộ phận CNTT của điện lực.</translation>
    </message>
    <message>
        <source>The inspector sent a correction before this decision arrived; the newer revision is in the queue.</source>
        <translation>Kiểm tra viên đã gửi bản sửa trước khi quyết định này đến; bản mới hơn đang ở trong hàng chờ.</translation>
    </message>
    <message>
        <source>Another leader decided on this revision first.</source>
        <translation>Một lãnh đạo khác đã quyết định trên lần sửa này trước.</translation>
    </message>
    <message>
        <source>The server sent other bytes than the evidence file %1.</source>
        <translation>Máy chủ gửi dữ liệu khác với tệp bằng chứng %1.</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be kept on this device: %2</source>
        <translation>Không lưu được tệp bằng chứng %1 trên thiết bị này: %2</translation>
    </message>
</context>
</TS>
