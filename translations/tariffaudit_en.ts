<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: tariff-audit-cli [--lang vi|en] COMMAND [options]</source>
        <translation>Usage: tariff-audit-cli [--lang vi|en] COMMAND [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>write a generated customer list in the import template</source>
        <translation>write a generated customer list in the import template</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>Run &apos;tariff-audit-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Run &apos;tariff-audit-cli COMMAND --help&apos; for the options of a command.</translation>
    </message>
    <message>
        <source>Writes a generated customer list in the import template.</source>
        <translation>Writes a generated customer list in the import template.</translation>
    </message>
    <message>
        <source>Number of customers.</source>
        <translation>Number of customers.</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same list.</source>
        <translation>Seed: the same seed gives the same list.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>CSV file to write.</translation>
    </message>
    <message>
        <source>Newest consumption month, YYYYMM (default: last month).</source>
        <translation>Newest consumption month, YYYYMM (default: last month).</translation>
    </message>
    <message>
        <source>generate: unexpected argument &quot;%1&quot;.</source>
        <translation>generate: unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>generate: --customers is required.</source>
        <translation>generate: --customers is required.</translation>
    </message>
    <message>
        <source>generate: --customers must be a whole number from 1 to 100000000, not &quot;%1&quot;.</source>
        <translation>generate: --customers must be a whole number from 1 to 100000000, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>generate: --seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>generate: --seed must be a non-negative whole number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>generate: --out FILE is required.</source>
        <translation>generate: --out FILE is required.</translation>
    </message>
    <message>
        <source>generate: --last-month must be a month written YYYYMM, not &quot;%1&quot;.</source>
        <translation>generate: --last-month must be a month written YYYYMM, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 of %2 customers</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 in %3 s.</source>
        <translation>Wrote %1 customers to %2 in %3 s.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>compute a bill from a case file, exact to the dong</source>
        <translation>compute a bill from a case file, exact to the dong</translation>
    </message>
    <message>
        <source>Computes a bill from a case file (see docs/billing-rules.md).</source>
        <translation>Computes a bill from a case file (see docs/billing-rules.md).</translation>
    </message>
    <message>
        <source>JSON file describing the bill.</source>
        <translation>JSON file describing the bill.</translation>
    </message>
    <message>
        <source>Print the bill as JSON.</source>
        <translation>Print the bill as JSON.</translation>
    </message>
    <message>
        <source>bill: --case FILE is required.</source>
        <translation>bill: --case FILE is required.</translation>
    </message>
    <message>
        <source>bill: cannot read %1: %2</source>
        <translation>bill: cannot read %1: %2</translation>
    </message>
    <message>
        <source>bill: %1: %2</source>
        <translation>bill: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Bill %1 – %2 (tariff %3)</source>
        <translation>Bill %1 – %2 (tariff %3)</translation>
    </message>
    <message>
        <source>Amount before VAT: %1</source>
        <translation>Amount before VAT: %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>VAT %1 %: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>import a customer list into a data file</source>
        <translation>import a customer list into a data file</translation>
    </message>
    <message>
        <source>find customers by code, name, address, meter or phone</source>
        <translation>find customers by code, name, address, meter or phone</translation>
    </message>
    <message>
        <source>flag customers whose price may be wrong, ranked by money</source>
        <translation>flag customers whose price may be wrong, ranked by money</translation>
    </message>
    <message>
        <source>The customer list.</source>
        <translation>The customer list.</translation>
    </message>
    <message>
        <source>The data file to import into.</source>
        <translation>The data file to import into.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>Print the counts as JSON.</translation>
    </message>
    <message>
        <source>Write the rejected rows&apos; problems to this CSV file.</source>
        <translation>Write the rejected rows&apos; problems to this CSV file.</translation>
    </message>
    <message>
        <source>Text encoding (default: detect).</source>
        <translation>Text encoding (default: detect).</translation>
    </message>
    <message>
        <source>import: give exactly one FILE.</source>
        <translation>import: give exactly one FILE.</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>%1 % read</source>
        <translation>%1 % read</translation>
    </message>
    <message>
        <source>%1: %2 rows; imported %3, updated %4, unchanged %5, rejected %6.</source>
        <translation>%1: %2 rows; imported %3, updated %4, unchanged %5, rejected %6.</translation>
    </message>
    <message>
        <source>  line %1, %2 &quot;%3&quot;: %4</source>
        <translation>  line %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>  … and %1 more problems (--rejects FILE lists them all).</source>
        <translation>  … and %1 more problems (--rejects FILE lists them all).</translation>
    </message>
    <message>
        <source>Finds customers as the app&apos;s search does: every word as a prefix, with or without Vietnamese marks; best first.</source>
        <translation>Finds customers as the app&apos;s search does: every word as a prefix, with or without Vietnamese marks; best first.</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Words to look for.</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>The data file.</translation>
    </message>
    <message>
        <source>At most this many customers (default 20).</source>
        <translation>At most this many customers (default 20).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>search: give the words to look for.</source>
        <translation>search: give the words to look for.</translation>
    </message>
    <message>
        <source>search: --limit must be a whole number from 1 to 10000, not &quot;%1&quot;.</source>
        <translation>search: --limit must be a whole number from 1 to 10000, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>search: %1</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>No customer matches.</translation>
    </message>
    <message>
        <source>Runs the pre-screening rules (switched and tuned in the app&apos;s Settings) over a data file and stores the ranked flags.</source>
        <translation>Runs the pre-screening rules (switched and tuned in the app&apos;s Settings) over a data file and stores the ranked flags.</translation>
    </message>
    <message>
        <source>Show this many customers (default 20).</source>
        <translation>Show this many customers (default 20).</translation>
    </message>
    <message>
        <source>prescreen: --top must be a whole number, not &quot;%1&quot;.</source>
        <translation>prescreen: --top must be a whole number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>prescreen: %1</source>
        <translation>prescreen: %1</translation>
    </message>
    <message>
        <source>%1: --db DB is required.</source>
        <translation>%1: --db DB is required.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also write the flagged list to this file (.csv or .xlsx).</source>
        <translation>Also write the flagged list to this file (.csv or .xlsx).</translation>
    </message>
    <message>
        <source>record a signed inspection from an answers file, with its PDF</source>
        <translation>record a signed inspection from an answers file, with its PDF</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>The customer&apos;s code.</translation>
    </message>
    <message>
        <source>The answers file (JSON).</source>
        <translation>The answers file (JSON).</translation>
    </message>
    <message>
        <source>inspect: --%1 is required.</source>
        <translation>inspect: --%1 is required.</translation>
    </message>
    <message>
        <source>inspect: %1</source>
        <translation>inspect: %1</translation>
    </message>
    <message>
        <source>inspect: the record was signed and stored, but its folder could not be written: %1</source>
        <translation>inspect: the record was signed and stored, but its folder could not be written: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>The record folder or its record.json.</source>
        <translation>The record folder or its record.json.</translation>
    </message>
    <message>
        <source>verify: give one record folder.</source>
        <translation>verify: give one record folder.</translation>
    </message>
    <message>
        <source>The record is NOT intact.</source>
        <translation>The record is NOT intact.</translation>
    </message>
    <message numerus="yes">
        <source>Intact: record %1, fingerprint %2, %n evidence files checked.</source>
        <translation>
            <numerusform>Intact: record %1, fingerprint %2, %n evidence file checked.</numerusform>
            <numerusform>Intact: record %1, fingerprint %2, %n evidence files checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers, %2 flagged; at stake over the recovery period: %3 (%4 flagged customers with an impact unknown before a visit).</source>
        <translation>%1 customers, %2 flagged; at stake over the recovery period: %3 (%4 flagged customers with an impact unknown before a visit).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>PIN of %1: </source>
        <translation>PIN of %1: </translation>
    </message>
    <message>
        <source>Records an inspection from an answers file (docs/answers-file.md) exactly as the app does: signed in as a profile with its PIN, assessed with the law in force on the day of the visit, signed with that profile&apos;s key in the system keychain at the clock&apos;s time, stored in the profile&apos;s data file and written as a record folder with its PDF.</source>
        <translation>Records an inspection from an answers file (docs/answers-file.md) exactly as the app does: signed in as a profile with its PIN, assessed with the law in force on the day of the visit, signed with that profile&apos;s key in the system keychain at the clock&apos;s time, stored in the profile&apos;s data file and written as a record folder with its PDF.</translation>
    </message>
    <message>
        <source>Read the PIN from this file descriptor (scripts); without it the PIN is asked on the terminal.</source>
        <translation>Read the PIN from this file descriptor (scripts); without it the PIN is asked on the terminal.</translation>
    </message>
    <message>
        <source>The workspace folder (default: the app&apos;s).</source>
        <translation>The workspace folder (default: the app&apos;s).</translation>
    </message>
    <message>
        <source>Sign in to the training workspace instead of the real one.</source>
        <translation>Sign in to the training workspace instead of the real one.</translation>
    </message>
    <message>
        <source>Also write the record folder under this folder.</source>
        <translation>Also write the record folder under this folder.</translation>
    </message>
    <message>
        <source>Signed record %1 (%2) as %3</source>
        <translation>Signed record %1 (%2) as %3</translation>
    </message>
    <message>
        <source>check a record folder: signature, fingerprint, evidence and signer</source>
        <translation>check a record folder: signature, fingerprint, evidence and signer</translation>
    </message>
    <message>
        <source>enroll this tablet&apos;s profile with the branch server</source>
        <translation>enroll this tablet&apos;s profile with the branch server</translation>
    </message>
    <message>
        <source>send the outbox to the branch server and read its decisions</source>
        <translation>send the outbox to the branch server and read its decisions</translation>
    </message>
    <message>
        <source>Who: a profile&apos;s number, full name or card number.</source>
        <translation>Who: a profile&apos;s number, full name or card number.</translation>
    </message>
    <message>
        <source>%1: --profile is required.</source>
        <translation>%1: --profile is required.</translation>
    </message>
    <message>
        <source>%1: --pin-fd must be a file descriptor number, not &quot;%2&quot;.</source>
        <translation>%1: --pin-fd must be a file descriptor number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: no profile &quot;%2&quot; in %3.</source>
        <translation>%1: no profile &quot;%2&quot; in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>%1: too many wrong PINs; try again in %n second.</numerusform>
            <numerusform>%1: too many wrong PINs; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: wrong PIN for %2.</source>
        <translation>%1: wrong PIN for %2.</translation>
    </message>
    <message>
        <source>%1: no terminal to ask the PIN on; give --pin-fd N and write the PIN to that descriptor.</source>
        <translation>%1: no terminal to ask the PIN on; give --pin-fd N and write the PIN to that descriptor.</translation>
    </message>
    <message>
        <source>%1: the PIN cannot be read: %2</source>
        <translation>%1: the PIN cannot be read: %2</translation>
    </message>
    <message>
        <source>Checks a record folder: the canonical form, the fingerprint, the Ed25519 signature, every evidence file, and that the signing key is a device the branch registered (--trusted-keys, or the keys a signed-in profile received from its server and its own). A record signed by any other key is not intact. Exit 0 when intact and signed by a registered device, 1 when not.</source>
        <translation>Checks a record folder: the canonical form, the fingerprint, the Ed25519 signature, every evidence file, and that the signing key is a device the branch registered (--trusted-keys, or the keys a signed-in profile received from its server and its own). A record signed by any other key is not intact. Exit 0 when intact and signed by a registered device, 1 when not.</translation>
    </message>
    <message>
        <source>The registered device keys (tariff-audit-server devices export-keys).</source>
        <translation>The registered device keys (tariff-audit-server devices export-keys).</translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation>verify: %1</translation>
    </message>
    <message>
        <source>The signing key was not checked against the branch&apos;s registered devices: give --trusted-keys FILE or --profile. A valid signature by an unknown key proves nothing.</source>
        <translation>The signing key was not checked against the branch&apos;s registered devices: give --trusted-keys FILE or --profile. A valid signature by an unknown key proves nothing.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signed by %1.</translation>
    </message>
    <message>
        <source>Enrolls a profile of this tablet with the branch server: registers its device key with a leader&apos;s one-time code, prints the comparison code to read to the leader, and waits for the approval. Exit 0 approved, 1 refused or still waiting, 2 no server or a certificate that is not the pinned one.</source>
        <translation>Enrolls a profile of this tablet with the branch server: registers its device key with a leader&apos;s one-time code, prints the comparison code to read to the leader, and waits for the approval. Exit 0 approved, 1 refused or still waiting, 2 no server or a certificate that is not the pinned one.</translation>
    </message>
    <message>
        <source>The enrollment link a leader gave (tariff-audit-enroll:1?…).</source>
        <translation>The enrollment link a leader gave (tariff-audit-enroll:1?…).</translation>
    </message>
    <message>
        <source>The server&apos;s address (https://…:8443).</source>
        <translation>The server&apos;s address (https://…:8443).</translation>
    </message>
    <message>
        <source>The SHA-256 of the server&apos;s certificate authority (64 hex digits).</source>
        <translation>The SHA-256 of the server&apos;s certificate authority (64 hex digits).</translation>
    </message>
    <message>
        <source>The one-time enrollment code.</source>
        <translation>The one-time enrollment code.</translation>
    </message>
    <message>
        <source>Seconds to wait for the leader&apos;s approval (default 600; 0: do not wait).</source>
        <translation>Seconds to wait for the leader&apos;s approval (default 600; 0: do not wait).</translation>
    </message>
    <message>
        <source>enroll: %1</source>
        <translation>enroll: %1</translation>
    </message>
    <message>
        <source>Comparison code: %1</source>
        <translation>Comparison code: %1</translation>
    </message>
    <message>
        <source>Read it to the branch leader; it must be the code the server shows beside this tablet.</source>
        <translation>Read it to the branch leader; it must be the code the server shows beside this tablet.</translation>
    </message>
    <message>
        <source>Approved: this tablet sends its records to %1.</source>
        <translation>Approved: this tablet sends its records to %1.</translation>
    </message>
    <message>
        <source>Not approved yet; the enrollment is kept. Run &apos;tariff-audit-cli sync&apos; once the leader has approved it.</source>
        <translation>Not approved yet; the enrollment is kept. Run &apos;tariff-audit-cli sync&apos; once the leader has approved it.</translation>
    </message>
    <message>
        <source>Sends the outbox of a profile to its branch server, applies the leaders&apos; decisions from the feed and prints each record&apos;s state. Exit 0 every record received, 1 some waiting or quarantined, 2 no server (or not enrolled, or a certificate that is not the pinned one).</source>
        <translation>Sends the outbox of a profile to its branch server, applies the leaders&apos; decisions from the feed and prints each record&apos;s state. Exit 0 every record received, 1 some waiting or quarantined, 2 no server (or not enrolled, or a certificate that is not the pinned one).</translation>
    </message>
    <message>
        <source>search index: %1 %</source>
        <translation>search index: %1 %</translation>
    </message>
    <message>
        <source>Imports a customer list (CSV in the template, see docs/import-template.md) into a data file. Exit code 0: every row stored; 1: some rows rejected, the valid ones stored; 2: nothing changed. With --check nothing is stored: the codes say what an import would do.</source>
        <translation>Imports a customer list (CSV in the template, see docs/import-template.md) into a data file. Exit code 0: every row stored; 1: some rows rejected, the valid ones stored; 2: nothing changed. With --check nothing is stored: the codes say what an import would do.</translation>
    </message>
    <message>
        <source>Read and check every row and report as an import would, but change nothing in the data file.</source>
        <translation>Read and check every row and report as an import would, but change nothing in the data file.</translation>
    </message>
    <message>
        <source>%1: %2 rows checked, nothing changed; new %3, updated %4, unchanged %5, rejected %6.</source>
        <translation>%1: %2 rows checked, nothing changed; new %3, updated %4, unchanged %5, rejected %6.</translation>
    </message>
    <message>
        <source>  … and %1 more problems (--rejects FILE lists the first %2).</source>
        <translation>  … and %1 more problems (--rejects FILE lists the first %2).</translation>
    </message>
    <message>
        <source>check a training scenario file, or list the built-in scenarios</source>
        <translation>check a training scenario file, or list the built-in scenarios</translation>
    </message>
    <message>
        <source>score an answers file against a training scenario</source>
        <translation>score an answers file against a training scenario</translation>
    </message>
    <message>
        <source>Checks training scenario files (docs/scenario-file.md): exit 0 when each is valid, 2 with every problem named. &apos;list&apos; prints the built-in scenarios.</source>
        <translation>Checks training scenario files (docs/scenario-file.md): exit 0 when each is valid, 2 with every problem named. &apos;list&apos; prints the built-in scenarios.</translation>
    </message>
    <message>
        <source>check or list</source>
        <translation>check or list</translation>
    </message>
    <message>
        <source>Scenario files to check.</source>
        <translation>Scenario files to check.</translation>
    </message>
    <message>
        <source>scenario: &apos;check FILE…&apos; or &apos;list&apos;.</source>
        <translation>scenario: &apos;check FILE…&apos; or &apos;list&apos;.</translation>
    </message>
    <message>
        <source>%1: a valid scenario.</source>
        <translation>%1: a valid scenario.</translation>
    </message>
    <message>
        <source>Scores an answers file (docs/answers-file.md) against a training scenario, as the app scores a training record.</source>
        <translation>Scores an answers file (docs/answers-file.md) against a training scenario, as the app scores a training record.</translation>
    </message>
    <message>
        <source>The scenario: a file, or the id of a built-in one.</source>
        <translation>The scenario: a file, or the id of a built-in one.</translation>
    </message>
    <message>
        <source>The trainee&apos;s answers file.</source>
        <translation>The trainee&apos;s answers file.</translation>
    </message>
    <message>
        <source>Print the score as JSON.</source>
        <translation>Print the score as JSON.</translation>
    </message>
    <message>
        <source>score: --scenario FILE and --answers FILE are required.</source>
        <translation>score: --scenario FILE and --answers FILE are required.</translation>
    </message>
    <message>
        <source>score: %1 is neither a file nor a built-in scenario (&apos;scenario list&apos; names them).</source>
        <translation>score: %1 is neither a file nor a built-in scenario (&apos;scenario list&apos; names them).</translation>
    </message>
    <message>
        <source>score: %1</source>
        <translation>score: %1</translation>
    </message>
    <message>
        <source>score: %1: the answers cannot be assessed: %2</source>
        <translation>score: %1: the answers cannot be assessed: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points (%4 %)</source>
        <translation>%1: %2 of %3 points (%4 %)</translation>
    </message>
    <message>
        <source>%1: %2/%3 — expected %4, given %5</source>
        <translation>%1: %2/%3 — expected %4, given %5</translation>
    </message>
    <message>
        <source>Customers whose warnings changed since the last pre-screen: %1.</source>
        <translation>Customers whose warnings changed since the last pre-screen: %1.</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>The QR code cannot be written to %1.</source>
        <translation>The QR code cannot be written to %1.</translation>
    </message>
    <message>
        <source>The server&apos;s data folder.</source>
        <translation>The server&apos;s data folder.</translation>
    </message>
    <message>
        <source>A name or address the certificate is for (repeat; default localhost and 127.0.0.1).</source>
        <translation>A name or address the certificate is for (repeat; default localhost and 127.0.0.1).</translation>
    </message>
    <message>
        <source>postgresql://… (default: server.sqlite in the data folder).</source>
        <translation>postgresql://… (default: server.sqlite in the data folder).</translation>
    </message>
    <message>
        <source>The address tablets reach the server at.</source>
        <translation>The address tablets reach the server at.</translation>
    </message>
    <message>
        <source>init: --data DIR is required.</source>
        <translation>init: --data DIR is required.</translation>
    </message>
    <message>
        <source>init: %1</source>
        <translation>init: %1</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>Address and port (default 127.0.0.1:8443; port 0 picks a free one).</translation>
    </message>
    <message>
        <source>I/O threads (default: the cores).</source>
        <translation>I/O threads (default: the cores).</translation>
    </message>
    <message>
        <source>Request handler threads (default 64).</source>
        <translation>Request handler threads (default 64).</translation>
    </message>
    <message>
        <source>No line per request.</source>
        <translation>No line per request.</translation>
    </message>
    <message>
        <source>Idle connection timeout.</source>
        <translation>Idle connection timeout.</translation>
    </message>
    <message>
        <source>Whole-request timeout.</source>
        <translation>Whole-request timeout.</translation>
    </message>
    <message>
        <source>Requests a second per device.</source>
        <translation>Requests a second per device.</translation>
    </message>
    <message>
        <source>Session token lifetime.</source>
        <translation>Session token lifetime.</translation>
    </message>
    <message>
        <source>Largest evidence file, bytes.</source>
        <translation>Largest evidence file, bytes.</translation>
    </message>
    <message>
        <source>serve: --data DIR is required.</source>
        <translation>serve: --data DIR is required.</translation>
    </message>
    <message>
        <source>serve: %1</source>
        <translation>serve: %1</translation>
    </message>
    <message>
        <source>How long the code is valid.</source>
        <translation>How long the code is valid.</translation>
    </message>
    <message>
        <source>Also write the link as a QR code (PNG).</source>
        <translation>Also write the link as a QR code (PNG).</translation>
    </message>
    <message>
        <source>Who the code is for.</source>
        <translation>Who the code is for.</translation>
    </message>
    <message>
        <source>Create a one-time enrollment code.</source>
        <translation>Create a one-time enrollment code.</translation>
    </message>
    <message>
        <source>codes: the only action is create.</source>
        <translation>codes: the only action is create.</translation>
    </message>
    <message>
        <source>codes: %1</source>
        <translation>codes: %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>export-keys: write to this file.</source>
        <translation>export-keys: write to this file.</translation>
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
        <translation>devices: no device %1.</translation>
    </message>
    <message>
        <source>devices: %1 is %2, not pending.</source>
        <translation>devices: %1 is %2, not pending.</translation>
    </message>
    <message>
        <source>devices: %1 cannot be written.</source>
        <translation>devices: %1 cannot be written.</translation>
    </message>
    <message>
        <source>devices: list, approve ID, revoke ID or export-keys.</source>
        <translation>devices: list, approve ID, revoke ID or export-keys.</translation>
    </message>
    <message>
        <source>add: why the customer is to be visited.</source>
        <translation>add: why the customer is to be visited.</translation>
    </message>
    <message>
        <source>list: only this device&apos;s.</source>
        <translation>list: only this device&apos;s.</translation>
    </message>
    <message>
        <source>add DEVICE CUSTOMER... --reason TEXT, or list [--device ID]</source>
        <translation>add DEVICE CUSTOMER... --reason TEXT, or list [--device ID]</translation>
    </message>
    <message>
        <source>assignments: %1</source>
        <translation>assignments: %1</translation>
    </message>
    <message>
        <source>assignments add: a device, one or more customer codes and --reason.</source>
        <translation>assignments add: a device, one or more customer codes and --reason.</translation>
    </message>
    <message>
        <source>assignments: add DEVICE CUSTOMER... --reason TEXT, or list.</source>
        <translation>assignments: add DEVICE CUSTOMER... --reason TEXT, or list.</translation>
    </message>
    <message>
        <source>review: approve the record.</source>
        <translation>review: approve the record.</translation>
    </message>
    <message>
        <source>review: return it with a comment.</source>
        <translation>review: return it with a comment.</translation>
    </message>
    <message>
        <source>list, or review ID REVISION</source>
        <translation>list, or review ID REVISION</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>records: %1</translation>
    </message>
    <message>
        <source>records review: --approve or --return COMMENT.</source>
        <translation>records review: --approve or --return COMMENT.</translation>
    </message>
    <message>
        <source>records: list, or review ID REVISION.</source>
        <translation>records: list, or review ID REVISION.</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <source>Entries, newest first.</source>
        <translation>Entries, newest first.</translation>
    </message>
    <message>
        <source>audit: %1</source>
        <translation>audit: %1</translation>
    </message>
    <message>
        <source>approve: grant this role (inspector or leader) instead of the one the device asked for.</source>
        <translation>approve: grant this role (inspector or leader) instead of the one the device asked for.</translation>
    </message>
    <message>
        <source>devices: --role is inspector or leader, not %1.</source>
        <translation>devices: --role is inspector or leader, not %1.</translation>
    </message>
    <message>
        <source>add: the campaign it belongs to.</source>
        <translation>add: the campaign it belongs to.</translation>
    </message>
    <message>
        <source>add: the date the visit is due (YYYY-MM-DD).</source>
        <translation>add: the date the visit is due (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>assignments add: --due %1 is not a date (YYYY-MM-DD).</source>
        <translation>assignments add: --due %1 is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Read this database instead of the data folder&apos;s (a SQLite file or a postgresql:// URL).</source>
        <translation>Read this database instead of the data folder&apos;s (a SQLite file or a postgresql:// URL).</translation>
    </message>
    <message>
        <source>First day of approval (YYYY-MM-DD).</source>
        <translation>First day of approval (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of approval (YYYY-MM-DD).</source>
        <translation>Last day of approval (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this campaign&apos;s customers.</source>
        <translation>Only this campaign&apos;s customers.</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>The file to write: .csv or .xlsx.</translation>
    </message>
    <message>
        <source>Include the corrections exported before.</source>
        <translation>Include the corrections exported before.</translation>
    </message>
    <message>
        <source>export-cmis: --from and --to are days (YYYY-MM-DD), --to not before --from.</source>
        <translation>export-cmis: --from and --to are days (YYYY-MM-DD), --to not before --from.</translation>
    </message>
    <message>
        <source>export-cmis: --out FILE.csv or FILE.xlsx is required.</source>
        <translation>export-cmis: --out FILE.csv or FILE.xlsx is required.</translation>
    </message>
    <message>
        <source>export-cmis: %1</source>
        <translation>export-cmis: %1</translation>
    </message>
    <message>
        <source>export-cmis: the file is written but the corrections could not be marked as exported: %1</source>
        <translation>export-cmis: the file is written but the corrections could not be marked as exported: %1</translation>
    </message>
    <message>
        <source>init, serve, codes, devices, assignments, records, conflicts, audit or export-cmis</source>
        <translation>init, serve, codes, devices, assignments, records, conflicts, audit or export-cmis</translation>
    </message>
    <message>
        <source>Makes a server&apos;s data folder: its identity, receipt key, certificates and database.</source>
        <translation>Makes a server&apos;s data folder: its identity, receipt key, certificates and database.</translation>
    </message>
    <message>
        <source>Serves the tablets and leaders&apos; devices until SIGINT or SIGTERM.</source>
        <translation>Serves the tablets and leaders&apos; devices until SIGINT or SIGTERM.</translation>
    </message>
    <message>
        <source>Makes a one-time enrollment code and its link (and QR code).</source>
        <translation>Makes a one-time enrollment code and its link (and QR code).</translation>
    </message>
    <message>
        <source>Lists, approves and revokes enrolled devices; exports their registered keys.</source>
        <translation>Lists, approves and revokes enrolled devices; exports their registered keys.</translation>
    </message>
    <message>
        <source>Sends customers to a device&apos;s worklist, or lists who is sent where.</source>
        <translation>Sends customers to a device&apos;s worklist, or lists who is sent where.</translation>
    </message>
    <message>
        <source>Lists the received records, or decides on one as a leader would.</source>
        <translation>Lists the received records, or decides on one as a leader would.</translation>
    </message>
    <message>
        <source>Lists the records sent again with the same id and revision but other content.</source>
        <translation>Lists the records sent again with the same id and revision but other content.</translation>
    </message>
    <message>
        <source>Prints the audit log: every change, who made it and when.</source>
        <translation>Prints the audit log: every change, who made it and when.</translation>
    </message>
    <message>
        <source>Writes the approved corrections for CMIS (docs/cmis-export.md).</source>
        <translation>Writes the approved corrections for CMIS (docs/cmis-export.md).</translation>
    </message>
    <message>
        <source>Tariff Audit branch server: receives signed inspection records from enrolled tablets. &apos;COMMAND --help&apos; gives the forms and options of a command.</source>
        <translation>Tariff Audit branch server: receives signed inspection records from enrolled tablets. &apos;COMMAND --help&apos; gives the forms and options of a command.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tariff Audit</source>
        <translation>Tariff Audit</translation>
    </message>
    <message>
        <source>Start in training mode.</source>
        <translation>Start in training mode.</translation>
    </message>
    <message>
        <source>Interface language for this run: vi or en.</source>
        <translation>Interface language for this run: vi or en.</translation>
    </message>
    <message>
        <source>Save screenshots of the main screens into DIR, then quit.</source>
        <translation>Save screenshots of the main screens into DIR, then quit.</translation>
    </message>
</context>
<context>
    <name>ta</name>
    <message>
        <source>The inspection could not be saved: %1</source>
        <translation>The inspection could not be saved: %1</translation>
    </message>
    <message>
        <source>signature.json: the algorithm is not Ed25519.</source>
        <translation>signature.json: the algorithm is not Ed25519.</translation>
    </message>
    <message>
        <source>record.json: its SHA-256 %1 differs from the fingerprint %2 in signature.json; the record was changed after signing.</source>
        <translation>record.json: its SHA-256 %1 differs from the fingerprint %2 in signature.json; the record was changed after signing.</translation>
    </message>
    <message>
        <source>record.json: the Ed25519 signature does not match the record and the public key (key %1).</source>
        <translation>record.json: the Ed25519 signature does not match the record and the public key (key %1).</translation>
    </message>
    <message>
        <source>record.json: not in canonical form (sorted keys, no spaces, whole numbers).</source>
        <translation>record.json: not in canonical form (sorted keys, no spaces, whole numbers).</translation>
    </message>
    <message>
        <source>record.json: unknown format &quot;%1&quot;.</source>
        <translation>record.json: unknown format &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>record.json: an evidence entry has no usable file name (&quot;%1&quot;).</source>
        <translation>record.json: an evidence entry has no usable file name (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>evidence/%1: missing.</source>
        <translation>evidence/%1: missing.</translation>
    </message>
    <message>
        <source>evidence/%1: its SHA-256 is %2, the record lists %3; the file was changed.</source>
        <translation>evidence/%1: its SHA-256 is %2, the record lists %3; the file was changed.</translation>
    </message>
    <message>
        <source>signature.json: the record is signed by key %1, which is not the key of any registered device.</source>
        <translation>signature.json: the record is signed by key %1, which is not the key of any registered device.</translation>
    </message>
    <message>
        <source>signature.json: the record is signed by device %1 (%2), whose key was revoked.</source>
        <translation>signature.json: the record is signed by device %1 (%2), whose key was revoked.</translation>
    </message>
    <message>
        <source>record.json is not a JSON object.</source>
        <translation>record.json is not a JSON object.</translation>
    </message>
    <message>
        <source>evidence/%1: not a file of the folder (a link, a folder or a device).</source>
        <translation>evidence/%1: not a file of the folder (a link, a folder or a device).</translation>
    </message>
    <message>
        <source>evidence/%1: %2 bytes, more than a picture may be (%3).</source>
        <translation>evidence/%1: %2 bytes, more than a picture may be (%3).</translation>
    </message>
</context>
<context>
    <name>ta::AnswersFile</name>
    <message>
        <source>%1: inspector: the record is signed by the profile signed in (--profile); remove this field.</source>
        <translation>%1: inspector: the record is signed by the profile signed in (--profile); remove this field.</translation>
    </message>
    <message>
        <source>%1: %2: the signing time is the clock&apos;s; for a paper record give the time of the visit as visitedAt.</source>
        <translation>%1: %2: the signing time is the clock&apos;s; for a paper record give the time of the visit as visitedAt.</translation>
    </message>
    <message>
        <source>%1: %2: given on the command line or by photos and signatures; remove this field.</source>
        <translation>%1: %2: given on the command line or by photos and signatures; remove this field.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (docs/answers-file.md lists the fields).</source>
        <translation>%1: unknown field &quot;%2&quot; (docs/answers-file.md lists the fields).</translation>
    </message>
    <message>
        <source>%1: %2: the picture&apos;s file is missing.</source>
        <translation>%1: %2: the picture&apos;s file is missing.</translation>
    </message>
    <message>
        <source>%1: photos[%2].kind: &quot;photo&quot; or &quot;meter-photo&quot;, not &quot;%3&quot;.</source>
        <translation>%1: photos[%2].kind: &quot;photo&quot; or &quot;meter-photo&quot;, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>signatures.%1: %2 is empty.</source>
        <translation>signatures.%1: %2 is empty.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 is not a JSON object.</translation>
    </message>
</context>
<context>
    <name>ta::ApplianceCatalog</name>
    <message>
        <source>The list of common devices is missing.</source>
        <translation>The list of common devices is missing.</translation>
    </message>
    <message>
        <source>%1: a list of devices (format 1) is expected.</source>
        <translation>%1: a list of devices (format 1) is expected.</translation>
    </message>
    <message>
        <source>%1, appliances[%2]: a name, kW above 0, a simultaneity of at most 1 and 0–24 hours a day are required.</source>
        <translation>%1, appliances[%2]: a name, kW above 0, a simultaneity of at most 1 and 0–24 hours a day are required.</translation>
    </message>
</context>
<context>
    <name>ta::AssignDialog</name>
    <message>
        <source>Assign customers</source>
        <translation>Assign customers</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>Campaign %1: %2</translation>
    </message>
    <message>
        <source>Assigned from the worklist</source>
        <translation>Assigned from the worklist</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected customer(s)</source>
        <translation>
            <numerusform>The %n selected customer</numerusform>
            <numerusform>The %n selected customer(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer of the list as filtered now: %1</source>
        <translation>Every customer of the list as filtered now: %1</translation>
    </message>
    <message>
        <source>The campaign&apos;s customers (its kind and narrowing)</source>
        <translation>The campaign&apos;s customers (its kind and narrowing)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No inspector&apos;s tablet is registered with the branch server yet: sync once after the operator approved them.</source>
        <translation>No inspector&apos;s tablet is registered with the branch server yet: sync once after the operator approved them.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a branch server; assignments go through it (Settings → Branch server).</source>
        <translation>This device is not enrolled with a branch server; assignments go through it (Settings → Branch server).</translation>
    </message>
    <message>
        <source>Inspector: choose whose tablet the customers go to.</source>
        <translation>Inspector: choose whose tablet the customers go to.</translation>
    </message>
    <message>
        <source>Reason: say why these customers are to be visited.</source>
        <translation>Reason: say why these customers are to be visited.</translation>
    </message>
    <message>
        <source>Campaign: it is no longer on this device.</source>
        <translation>Campaign: it is no longer on this device.</translation>
    </message>
    <message>
        <source>Customers: none to assign.</source>
        <translation>Customers: none to assign.</translation>
    </message>
    <message>
        <source>Customers: at most %1 at once; narrow the list by substation or route book.</source>
        <translation>Customers: at most %1 at once; narrow the list by substation or route book.</translation>
    </message>
    <message>
        <source>Sending %1 customers to the branch server…</source>
        <translation>Sending %1 customers to the branch server…</translation>
    </message>
    <message>
        <source>The assignment was not made: %1</source>
        <translation>The assignment was not made: %1</translation>
    </message>
</context>
<context>
    <name>ta::BillCase</name>
    <message>
        <source>a whole number of kWh is required.</source>
        <translation>a whole number of kWh is required.</translation>
    </message>
    <message>
        <source>a whole number of kWh is required, not %1.</source>
        <translation>a whole number of kWh is required, not %1.</translation>
    </message>
    <message>
        <source>The case must be a JSON object.</source>
        <translation>The case must be a JSON object.</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>unknown field.</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD is required.</source>
        <translation>a date written YYYY-MM-DD is required.</translation>
    </message>
    <message>
        <source>use single-rate, three-rate or prepaid.</source>
        <translation>use single-rate, three-rate or prepaid.</translation>
    </message>
    <message>
        <source>a number is required.</source>
        <translation>a number is required.</translation>
    </message>
    <message>
        <source>true or false is required.</source>
        <translation>true or false is required.</translation>
    </message>
    <message>
        <source>unknown register (normal, peak, offpeak).</source>
        <translation>unknown register (normal, peak, offpeak).</translation>
    </message>
    <message>
        <source>a non-empty list is required.</source>
        <translation>a non-empty list is required.</translation>
    </message>
    <message>
        <source>a price group is required.</source>
        <translation>a price group is required.</translation>
    </message>
    <message>
        <source>give exactly one of share, kwh or remainder.</source>
        <translation>give exactly one of share, kwh or remainder.</translation>
    </message>
    <message>
        <source>a percentage is required.</source>
        <translation>a percentage is required.</translation>
    </message>
    <message>
        <source>must be true.</source>
        <translation>must be true.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
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
        <translation>the start of the period is missing or not a date.</translation>
    </message>
    <message>
        <source>the end of the period is missing or not a date.</source>
        <translation>the end of the period is missing or not a date.</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2).</source>
        <translation>the period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>a period of %1 days is longer than any billing period.</source>
        <translation>a period of %1 days is longer than any billing period.</translation>
    </message>
    <message>
        <source>unknown price group &quot;%1&quot;.</source>
        <translation>unknown price group &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a share must be above 0 and at most 100 %, not %1.</source>
        <translation>a share must be above 0 and at most 100 %, not %1.</translation>
    </message>
    <message>
        <source>a fixed quantity must be a whole number of kWh, 0 or more, not %1.</source>
        <translation>a fixed quantity must be a whole number of kWh, 0 or more, not %1.</translation>
    </message>
    <message>
        <source>only one line may take the remainder.</source>
        <translation>only one line may take the remainder.</translation>
    </message>
    <message>
        <source>the shares add up to %1 %, more than 100 %.</source>
        <translation>the shares add up to %1 %, more than 100 %.</translation>
    </message>
    <message>
        <source>the shares add up to %1 %; without a remainder line they must make 100 %.</source>
        <translation>the shares add up to %1 %; without a remainder line they must make 100 %.</translation>
    </message>
    <message>
        <source>fixed quantities need a remainder line or percentage lines for the rest.</source>
        <translation>fixed quantities need a remainder line or percentage lines for the rest.</translation>
    </message>
    <message>
        <source>consumption cannot be negative (%1 kWh).</source>
        <translation>consumption cannot be negative (%1 kWh).</translation>
    </message>
    <message>
        <source>a three-rate reading needs normal, peak and off-peak kWh.</source>
        <translation>a three-rate reading needs normal, peak and off-peak kWh.</translation>
    </message>
    <message>
        <source>normal / peak / off-peak kWh were given for a %1 meter; only three-rate meters have those registers.</source>
        <translation>normal / peak / off-peak kWh were given for a %1 meter; only three-rate meters have those registers.</translation>
    </message>
    <message>
        <source>households must be 0.25 or more, in steps of 0.25, not %1.</source>
        <translation>households must be 0.25 or more, in steps of 0.25, not %1.</translation>
    </message>
    <message>
        <source>no tariff book covers %1.</source>
        <translation>no tariff book covers %1.</translation>
    </message>
    <message>
        <source>book %1 has no price group &quot;%2&quot;.</source>
        <translation>book %1 has no price group &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>book %1 has no price for group &quot;%2&quot; at voltage %3.</source>
        <translation>book %1 has no price for group &quot;%2&quot; at voltage %3.</translation>
    </message>
    <message>
        <source>book %1 has no prepaid-card price for group &quot;%2&quot;.</source>
        <translation>book %1 has no prepaid-card price for group &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>book %1 does not say which tier undeclared renters pay.</source>
        <translation>book %1 does not say which tier undeclared renters pay.</translation>
    </message>
    <message>
        <source>a three-rate meter billing group &quot;%1&quot; needs normal, peak and off-peak kWh.</source>
        <translation>a three-rate meter billing group &quot;%1&quot; needs normal, peak and off-peak kWh.</translation>
    </message>
    <message>
        <source>unknown voltage class &quot;%1&quot; (use a class the tariff books name: %2; or a value in kV).</source>
        <translation>unknown voltage class &quot;%1&quot; (use a class the tariff books name: %2; or a value in kV).</translation>
    </message>
    <message>
        <source>no purpose given, and book %1 has no household ladder to assume.</source>
        <translation>no purpose given, and book %1 has no household ladder to assume.</translation>
    </message>
</context>
<context>
    <name>ta::BillLine</name>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Normal hours</source>
        <translation>Normal hours</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Peak hours</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Off-peak hours</translation>
    </message>
    <message>
        <source>Single price</source>
        <translation>Single price</translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <translation>Prepaid card</translation>
    </message>
    <message>
        <source>Tier %1 (renters not declared)</source>
        <translation>Tier %1 (renters not declared)</translation>
    </message>
</context>
<context>
    <name>ta::BoundedInput</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe).</source>
        <translation>%1 is not a file (a folder, a device or a pipe).</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; at most %3 are accepted.</source>
        <translation>%1 is %2 bytes; at most %3 are accepted.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is more than %2 bytes; at most %2 are accepted.</source>
        <translation>%1 is more than %2 bytes; at most %2 are accepted.</translation>
    </message>
    <message>
        <source>%1, byte %2: arrays and objects are nested more than %3 deep.</source>
        <translation>%1, byte %2: arrays and objects are nested more than %3 deep.</translation>
    </message>
    <message>
        <source>%1, byte %2: not valid JSON (%3).</source>
        <translation>%1, byte %2: not valid JSON (%3).</translation>
    </message>
</context>
<context>
    <name>ta::BranchServerPage</name>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>This tablet no longer sends to a server. Its records wait in the outbox for a new enrollment.</source>
        <translation>This tablet no longer sends to a server. Its records wait in the outbox for a new enrollment.</translation>
    </message>
    <message>
        <source>Training mode never talks to a branch server: training records stay on this tablet.</source>
        <translation>Training mode never talks to a branch server: training records stay on this tablet.</translation>
    </message>
    <message>
        <source>Sync cannot start on this tablet: the device key in the keychain cannot be read.</source>
        <translation>Sync cannot start on this tablet: the device key in the keychain cannot be read.</translation>
    </message>
    <message>
        <source>Not enrolled: records wait in the outbox until this tablet is enrolled with the branch server.</source>
        <translation>Not enrolled: records wait in the outbox until this tablet is enrolled with the branch server.</translation>
    </message>
    <message>
        <source>Enrolled with %1, waiting for a branch leader&apos;s approval. Read this code to the leader: it must be the code the server shows beside this tablet.</source>
        <translation>Enrolled with %1, waiting for a branch leader&apos;s approval. Read this code to the leader: it must be the code the server shows beside this tablet.</translation>
    </message>
    <message>
        <source>The server %1 revoked this tablet. Enroll again with a new link from a branch leader.</source>
        <translation>The server %1 revoked this tablet. Enroll again with a new link from a branch leader.</translation>
    </message>
    <message>
        <source>Sends its records to %1 (server %2). Certificate pin %3…</source>
        <translation>Sends its records to %1 (server %2). Certificate pin %3…</translation>
    </message>
    <message>
        <source>Enrolling with %1…</source>
        <translation>Enrolling with %1…</translation>
    </message>
    <message>
        <source>Unenroll</source>
        <translation>Unenroll</translation>
    </message>
    <message>
        <source>This tablet will stop sending records to the branch server. Records not yet received stay in the outbox until the tablet is enrolled again.</source>
        <translation>This tablet will stop sending records to the branch server. Records not yet received stay in the outbox until the tablet is enrolled again.</translation>
    </message>
    <message>
        <source>&amp;Enrollment link from a branch leader</source>
        <translation>&amp;Enrollment link from a branch leader</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>Check approval</source>
        <translation>Check approval</translation>
    </message>
    <message>
        <source>Unenroll…</source>
        <translation>Unenroll…</translation>
    </message>
    <message>
        <source>Scan the QR code on the leader&apos;s screen, or paste the link the leader sent (tariff-audit-server codes create prints both).</source>
        <translation>Scan the QR code on the leader&apos;s screen, or paste the link the leader sent (tariff-audit-server codes create prints both).</translation>
    </message>
    <message>
        <source>Scan the QR code…</source>
        <translation>Scan the QR code…</translation>
    </message>
</context>
<context>
    <name>ta::CameraDialog</name>
    <message>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>From a file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This tablet has no camera the app can use: choose a picture from a file.</source>
        <translation>This tablet has no camera the app can use: choose a picture from a file.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>The camera cannot be used: %1</translation>
    </message>
    <message>
        <source>The photo could not be taken: %1</source>
        <translation>The photo could not be taken: %1</translation>
    </message>
    <message>
        <source>Hold the tablet steady, the meter&apos;s digits readable, then take the photo.</source>
        <translation>Hold the tablet steady, the meter&apos;s digits readable, then take the photo.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Taking the photo…</translation>
    </message>
</context>
<context>
    <name>ta::CampaignDialog</name>
    <message>
        <source>substation %1</source>
        <translation>substation %1</translation>
    </message>
    <message>
        <source>route book %1</source>
        <translation>route book %1</translation>
    </message>
    <message>
        <source>price group %1</source>
        <translation>price group %1</translation>
    </message>
    <message>
        <source>the whole customer list</source>
        <translation>the whole customer list</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Planned visits</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Create the campaign</source>
        <translation>Create the campaign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 customers flagged by “%2” in %3.</source>
        <translation>%1 customers flagged by “%2” in %3.</translation>
    </message>
</context>
<context>
    <name>ta::Checks</name>
    <message>
        <source>ratio: the equipment inventory is empty.</source>
        <translation>ratio: the equipment inventory is empty.</translation>
    </message>
    <message>
        <source>ratio: the inventory adds up to 0 kWh a month; give power, hours and days.</source>
        <translation>ratio: the inventory adds up to 0 kWh a month; give power, hours and days.</translation>
    </message>
    <message>
        <source>The customer&apos;s price string &quot;%1&quot; cannot be read: %2</source>
        <translation>The customer&apos;s price string &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>Change the households from %1 to %2 (%3 evidenced, %4 renters = %5 quota).</source>
        <translation>Change the households from %1 to %2 (%3 evidenced, %4 renters = %5 quota).</translation>
    </message>
    <message>
        <source>Keep %1 households (%2 evidenced, %3 renters).</source>
        <translation>Keep %1 households (%2 evidenced, %3 renters).</translation>
    </message>
    <message>
        <source>Change the ratio from %1 to %2 (shares differ by up to %3 points, tolerance %4).</source>
        <translation>Change the ratio from %1 to %2 (shares differ by up to %3 points, tolerance %4).</translation>
    </message>
    <message>
        <source>Keep the ratio %1 (shares differ by up to %2 points, tolerance %3).</source>
        <translation>Keep the ratio %1 (shares differ by up to %2 points, tolerance %3).</translation>
    </message>
    <message>
        <source>No reading to compare: give today&apos;s and the previous reading with its date.</source>
        <translation>No reading to compare: give today&apos;s and the previous reading with its date.</translation>
    </message>
    <message>
        <source>%1 kWh in %2 days, as expected (%3 kWh).</source>
        <translation>%1 kWh in %2 days, as expected (%3 kWh).</translation>
    </message>
    <message>
        <source>%1 kWh in %2 days against %3 kWh expected: %4.</source>
        <translation>%1 kWh in %2 days against %3 kWh expected: %4.</translation>
    </message>
    <message>
        <source>Reading check before billing.</source>
        <translation>Reading check before billing.</translation>
    </message>
    <message>
        <source>Household count</source>
        <translation>Household count</translation>
    </message>
    <message>
        <source>Price ratio</source>
        <translation>Price ratio</translation>
    </message>
    <message>
        <source>Three-rate meter</source>
        <translation>Three-rate meter</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD)</source>
        <translation>Citizen ID (CCCD)</translation>
    </message>
    <message>
        <source>Residence certificate (CT07)</source>
        <translation>Residence certificate (CT07)</translation>
    </message>
    <message>
        <source>VNeID residence</source>
        <translation>VNeID residence</translation>
    </message>
    <message>
        <source>Lease of 12 months or more</source>
        <translation>Lease of 12 months or more</translation>
    </message>
    <message>
        <source>reading below the previous one</source>
        <translation>reading below the previous one</translation>
    </message>
    <message>
        <source>no consumption</source>
        <translation>no consumption</translation>
    </message>
    <message>
        <source>consumption jump</source>
        <translation>consumption jump</translation>
    </message>
    <message>
        <source>consumption drop</source>
        <translation>consumption drop</translation>
    </message>
    <message>
        <source>the meter serial differs from the customer list</source>
        <translation>the meter serial differs from the customer list</translation>
    </message>
    <message>
        <source>households: the meter has no purpose billed by households (%1); the household count does not apply.</source>
        <translation>households: the meter has no purpose billed by households (%1); the household count does not apply.</translation>
    </message>
    <message>
        <source>ratio.appliances[%1].group: unknown price group &quot;%2&quot; (the tariff books know %3).</source>
        <translation>ratio.appliances[%1].group: unknown price group &quot;%2&quot; (the tariff books know %3).</translation>
    </message>
    <message>
        <source>Renters on a lease of %1 months (under %2) whose users are not declared: all consumption billed at the tier for undeclared renters.</source>
        <translation>Renters on a lease of %1 months (under %2) whose users are not declared: all consumption billed at the tier for undeclared renters.</translation>
    </message>
    <message>
        <source>%n household(s) listed with a document that does not count without a leader&apos;s note.</source>
        <translation>%n household(s) listed with a document that does not count without a leader&apos;s note.</translation>
    </message>
    <message>
        <source>transformer %1 kVA (threshold %2 kVA)</source>
        <translation>transformer %1 kVA (threshold %2 kVA)</translation>
    </message>
    <message>
        <source>%1 kWh over %2, an average of %3 kWh a month (threshold %4 kWh)</source>
        <translation>%1 kWh over %2, an average of %3 kWh a month (threshold %4 kWh)</translation>
    </message>
    <message>
        <source>for the production and business part; the whole meter used %1 kWh</source>
        <translation>for the production and business part; the whole meter used %1 kWh</translation>
    </message>
    <message>
        <source>No production or business purpose on the meter: the three-rate rule does not apply.</source>
        <translation>No production or business purpose on the meter: the three-rate rule does not apply.</translation>
    </message>
    <message>
        <source>month %1 is missing</source>
        <translation>month %1 is missing</translation>
    </message>
    <message>
        <source>only %n month(s) recorded</source>
        <translation>only %n month(s) recorded</translation>
    </message>
    <message>
        <source>Not enough history to decide: %1 consecutive months are needed and %2. The meter stays as it is until they are known; %3.</source>
        <translation>Not enough history to decide: %1 consecutive months are needed and %2. The meter stays as it is until they are known; %3.</translation>
    </message>
    <message>
        <source>a dedicated transformer of %1 kVA (threshold %2 kVA)</source>
        <translation>a dedicated transformer of %1 kVA (threshold %2 kVA)</translation>
    </message>
    <message>
        <source>Move to a three-rate meter: %1.</source>
        <translation>Move to a three-rate meter: %1.</translation>
    </message>
    <message>
        <source>Already on a three-rate meter, as required: %1.</source>
        <translation>Already on a three-rate meter, as required: %1.</translation>
    </message>
    <message>
        <source>A single-rate meter is allowed: %1; %2.</source>
        <translation>A single-rate meter is allowed: %1; %2.</translation>
    </message>
    <message>
        <source>TT 16/2014/TT-BCT Art. 10(2): each tier block times the households; TT 09/2023/TT-BCT: households from residence data; renters: %1 persons = 1 household quota; a lease under %2 months with the users not declared: the tier for undeclared renters.</source>
        <translation>TT 16/2014/TT-BCT Art. 10(2): each tier block times the households; TT 09/2023/TT-BCT: households from residence data; renters: %1 persons = 1 household quota; a lease under %2 months with the users not declared: the tier for undeclared renters.</translation>
    </message>
    <message>
        <source>Agreed ratio from the equipment inventory; TT 60/2025/TT-BCT: a wrong price is corrected over at most %1 months.</source>
        <translation>Agreed ratio from the equipment inventory; TT 60/2025/TT-BCT: a wrong price is corrected over at most %1 months.</translation>
    </message>
    <message>
        <source>TT 16/2014/TT-BCT Art. 9, TT 60/2025/TT-BCT: production and business customers on a dedicated transformer of %1 kVA or more, or averaging %2 kWh a month over %3 consecutive months, buy by time of use.</source>
        <translation>TT 16/2014/TT-BCT Art. 9, TT 60/2025/TT-BCT: production and business customers on a dedicated transformer of %1 kVA or more, or averaging %2 kWh a month over %3 consecutive months, buy by time of use.</translation>
    </message>
    <message>
        <source>Other document (needs a leader&apos;s note)</source>
        <translation>Other document (needs a leader&apos;s note)</translation>
    </message>
    <message>
        <source>No legal rule set covers %1 (resources/tariffs/regulations.json).</source>
        <translation>No legal rule set covers %1 (resources/tariffs/regulations.json).</translation>
    </message>
    <message>
        <source>Warning: the equipment listed explains only %1 of the %2 kWh the meter records in a month (%3 %); look for equipment not listed before concluding. </source>
        <translation>Warning: the equipment listed explains only %1 of the %2 kWh the meter records in a month (%3 %); look for equipment not listed before concluding. </translation>
    </message>
</context>
<context>
    <name>ta::ChecksStep</name>
    <message>
        <source>Meter %1 · %2 · %3 households · route book %4 no. %5</source>
        <translation>Meter %1 · %2 · %3 households · route book %4 no. %5</translation>
    </message>
    <message>
        <source>No warning from the pre-screen.</source>
        <translation>No warning from the pre-screen.</translation>
    </message>
    <message>
        <source>Checks to walk through:</source>
        <translation>Checks to walk through:</translation>
    </message>
    <message>
        <source>Choose at least one check.</source>
        <translation>Choose at least one check.</translation>
    </message>
</context>
<context>
    <name>ta::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Columns of %1</translation>
    </message>
    <message>
        <source>This file is not in the customer-list template. Choose which of its columns holds each field; the choice is remembered for files with the same columns. Fields marked * are required.</source>
        <translation>This file is not in the customer-list template. Choose which of its columns holds each field; the choice is remembered for files with the same columns. Fields marked * are required.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Import with these columns</source>
        <translation>Import with these columns</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ta::CsvReader</name>
    <message>
        <source>The text encoding %1 is not available on this system; save the file as UTF-8.</source>
        <translation>The text encoding %1 is not available on this system; save the file as UTF-8.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a customer list: a customer list is a CSV or .xlsx file.</source>
        <translation>This is a PDF document, not a customer list: a customer list is a CSV or .xlsx file.</translation>
    </message>
    <message>
        <source>Byte %1 is binary data (0x%2), not text: this is not a CSV file; a customer list is a CSV or .xlsx file.</source>
        <translation>Byte %1 is binary data (0x%2), not text: this is not a CSV file; a customer list is a CSV or .xlsx file.</translation>
    </message>
    <message>
        <source>Line %1, field %2: the byte 0x%3 is not UTF-8 text. Save the file as UTF-8 (CSV UTF-8 in Excel) or choose its encoding.</source>
        <translation>Line %1, field %2: the byte 0x%3 is not UTF-8 text. Save the file as UTF-8 (CSV UTF-8 in Excel) or choose its encoding.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls): save it as an .xlsx workbook or as CSV UTF-8.</source>
        <translation>This is an Excel 97-2003 workbook (.xls): save it as an .xlsx workbook or as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: the row is longer than %2 bytes.</source>
        <translation>Line %1: the row is longer than %2 bytes.</translation>
    </message>
    <message>
        <source>Line %1, field %2: the quoted text is longer than %3 bytes; is its closing quote missing?</source>
        <translation>Line %1, field %2: the quoted text is longer than %3 bytes; is its closing quote missing?</translation>
    </message>
    <message>
        <source>Line %1, field %2: the field is longer than %3 bytes.</source>
        <translation>Line %1, field %2: the field is longer than %3 bytes.</translation>
    </message>
    <message>
        <source>Line %1: these bytes are not %2 text. Save the file as UTF-8 (CSV UTF-8 in Excel) or choose its encoding.</source>
        <translation>Line %1: these bytes are not %2 text. Save the file as UTF-8 (CSV UTF-8 in Excel) or choose its encoding.</translation>
    </message>
    <message>
        <source>Line %1: the row has more than %2 fields.</source>
        <translation>Line %1: the row has more than %2 fields.</translation>
    </message>
    <message>
        <source>Line %1, field %2: the quote opened here is not closed before the end of the file.</source>
        <translation>Line %1, field %2: the quote opened here is not closed before the end of the file.</translation>
    </message>
</context>
<context>
    <name>ta::CustomerDetail</name>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Substation / route book / No.</source>
        <translation>Substation / route book / No.</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>%1, %2, multiplier %3</source>
        <translation>%1, %2, multiplier %3</translation>
    </message>
    <message>
        <source>three-rate</source>
        <translation>three-rate</translation>
    </message>
    <message>
        <source>single-rate</source>
        <translation>single-rate</translation>
    </message>
    <message>
        <source>Voltage / transformer</source>
        <translation>Voltage / transformer</translation>
    </message>
    <message>
        <source>Price string</source>
        <translation>Price string</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Ratio last checked</source>
        <translation>Ratio last checked</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>No warning.</source>
        <translation>No warning.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Inspections of this customer will be listed here.</source>
        <translation>Inspections of this customer will be listed here.</translation>
    </message>
    <message>
        <source>Consumption, kWh per month</source>
        <translation>Consumption, kWh per month</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Normal hours</source>
        <translation>Normal hours</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Peak hours</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Off-peak hours</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(about %1 a month, %2 over the recovery period)</source>
        <translation>(about %1 a month, %2 over the recovery period)</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
</context>
<context>
    <name>ta::CustomerImport</name>
    <message>
        <source>the customer code is missing.</source>
        <translation>the customer code is missing.</translation>
    </message>
    <message>
        <source>a customer code has 13 characters: 2 letters, 4 letters or digits, then 7 digits.</source>
        <translation>a customer code has 13 characters: 2 letters, 4 letters or digits, then 7 digits.</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>the name is missing.</translation>
    </message>
    <message>
        <source>a whole number, 0 or more.</source>
        <translation>a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>1 (single-rate) or 3 (three-rate).</source>
        <translation>1 (single-rate) or 3 (three-rate).</translation>
    </message>
    <message>
        <source>a whole number, 1 or more.</source>
        <translation>a whole number, 1 or more.</translation>
    </message>
    <message>
        <source>0.25 or more, in steps of 0.25 (4 renters = 1 household).</source>
        <translation>0.25 or more, in steps of 0.25 (4 renters = 1 household).</translation>
    </message>
    <message>
        <source>the price string is missing.</source>
        <translation>the price string is missing.</translation>
    </message>
    <message>
        <source>a whole number of kVA, 0 or more.</source>
        <translation>a whole number of kVA, 0 or more.</translation>
    </message>
    <message>
        <source>latitude,longitude in Vietnam (8–24 N, 102–110 E).</source>
        <translation>latitude,longitude in Vietnam (8–24 N, 102–110 E).</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD or dd/MM/yyyy.</source>
        <translation>a date written YYYY-MM-DD or dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>a whole number of kWh, 0 or more.</source>
        <translation>a whole number of kWh, 0 or more.</translation>
    </message>
    <message>
        <source>normal / peak / off-peak kWh on a single-rate meter (LOAI_DDO 1).</source>
        <translation>normal / peak / off-peak kWh on a single-rate meter (LOAI_DDO 1).</translation>
    </message>
    <message>
        <source>a three-rate month needs all three registers.</source>
        <translation>a three-rate month needs all three registers.</translation>
    </message>
    <message>
        <source>the registers add up to %1 kWh, not %2.</source>
        <translation>the registers add up to %1 kWh, not %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1, line 1: the column %2 appears twice (columns %3 and %4).</source>
        <translation>%1, line 1: the column %2 appears twice (columns %3 and %4).</translation>
    </message>
    <message>
        <source>%1 is not in the customer-list template: the column(s) %2 are missing. Map the file&apos;s columns, or save the template and copy the data into it.</source>
        <translation>%1 is not in the customer-list template: the column(s) %2 are missing. Map the file&apos;s columns, or save the template and copy the data into it.</translation>
    </message>
    <message>
        <source>The data file is busy; try again.</source>
        <translation>The data file is busy; try again.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2.</source>
        <translation>the row has %1 fields, the header %2.</translation>
    </message>
    <message>
        <source>the same customer code is already on line %1.</source>
        <translation>the same customer code is already on line %1.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>%1 has a header but no customers.</source>
        <translation>%1 has a header but no customers.</translation>
    </message>
    <message>
        <source>The import could not be recorded.</source>
        <translation>The import could not be recorded.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>line,column,value,reason</source>
        <translation>line,column,value,reason</translation>
    </message>
    <message>
        <source>a voltage class of the tariff books (%1) or a value in kV.</source>
        <translation>a voltage class of the tariff books (%1) or a value in kV.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe).</source>
        <translation>%1 is not a file (a folder, a device or a pipe).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a customer list is at most %3 MB. Split it, by branch or by route book.</source>
        <translation>%1 is %2 MB; a customer list is at most %3 MB. Split it, by branch or by route book.</translation>
    </message>
    <message>
        <source>%1 has more than %2 customers; a list is at most %2. Split it, by branch or by route book.</source>
        <translation>%1 has more than %2 customers; a list is at most %2. Split it, by branch or by route book.</translation>
    </message>
    <message>
        <source>not a column of the customer-list template.</source>
        <translation>not a column of the customer-list template.</translation>
    </message>
    <message>
        <source>the column %1 appears twice.</source>
        <translation>the column %1 appears twice.</translation>
    </message>
    <message>
        <source>the column is missing.</source>
        <translation>the column is missing.</translation>
    </message>
</context>
<context>
    <name>ta::CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Route book</source>
        <translation>Route book</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Price string</source>
        <translation>Price string</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>12 months at stake</source>
        <translation>12 months at stake</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Assigned by the branch: %1</source>
        <translation>Assigned by the branch: %1</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sorting…</translation>
    </message>
</context>
<context>
    <name>ta::CustomerRepository</name>
    <message>
        <source>Customer %1 could not be saved: %2</source>
        <translation>Customer %1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>ta::CustomerSearch</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
</context>
<context>
    <name>ta::DashboardPage</name>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Visited of plan</source>
        <translation>Visited of plan</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>At stake (VND)</source>
        <translation>At stake (VND)</translation>
    </message>
    <message>
        <source>Corrected (VND)</source>
        <translation>Corrected (VND)</translation>
    </message>
    <message>
        <source>Returned, waiting for the correction</source>
        <translation>Returned, waiting for the correction</translation>
    </message>
    <message>
        <source>Average days from visit to decision</source>
        <translation>Average days from visit to decision</translation>
    </message>
    <message>
        <source>From visit to decision</source>
        <translation>From visit to decision</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Not applied yet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Changed otherwise</source>
        <translation>Changed otherwise</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>Not in the list</translation>
    </message>
    <message>
        <source>Predicted (VND)</source>
        <translation>Predicted (VND)</translation>
    </message>
    <message>
        <source>Measured (VND)</source>
        <translation>Measured (VND)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>Corrections overdue in CMIS: %1.</source>
        <translation>Corrections overdue in CMIS: %1.</translation>
    </message>
    <message>
        <source>Progress against plan</source>
        <translation>Progress against plan</translation>
    </message>
    <message>
        <source>Findings by kind</source>
        <translation>Findings by kind</translation>
    </message>
    <message>
        <source>Money per month</source>
        <translation>Money per month</translation>
    </message>
    <message>
        <source>Decisions and returned backlog</source>
        <translation>Decisions and returned backlog</translation>
    </message>
    <message>
        <source>Records per inspector per day</source>
        <translation>Records per inspector per day</translation>
    </message>
    <message>
        <source>Reconciliation after correction</source>
        <translation>Reconciliation after correction</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>%1 (the %2 first of %3; every row in the table)</source>
        <translation>%1 (the %2 first of %3; every row in the table)</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>At stake</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Million VND</source>
        <translation>Million VND</translation>
    </message>
    <message>
        <source>Returned backlog</source>
        <translation>Returned backlog</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicted</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>The chart could not be written to %1.</translation>
    </message>
    <message>
        <source>Branch report</source>
        <translation>Branch report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>The report was written to %1.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Made by %1 on %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The branch&apos;s records and assignments as the last sync brought them, and the reconciliation of the approved corrections against the customer list imported last. Progress counts every visit up to the period&apos;s last day.</source>
        <translation>The branch&apos;s records and assignments as the last sync brought them, and the reconciliation of the approved corrections against the customer list imported last. Progress counts every visit up to the period&apos;s last day.</translation>
    </message>
    <message>
        <source>Your own signed records and the customers assigned to you.</source>
        <translation>Your own signed records and the customers assigned to you.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>By campaign</translation>
    </message>
    <message>
        <source>By substation</source>
        <translation>By substation</translation>
    </message>
    <message>
        <source>By inspector</source>
        <translation>By inspector</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>Branch report (PDF)</source>
        <translation>Branch report (PDF)</translation>
    </message>
    <message>
        <source>My report (PDF)</source>
        <translation>My report (PDF)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation>nothing in this period</translation>
    </message>
    <message>
        <source>%1 – %2: customers visited %3, approved %4, returned and waiting for the correction %5.</source>
        <translation>%1 – %2: customers visited %3, approved %4, returned and waiting for the correction %5.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
</context>
<context>
    <name>ta::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 is not a database this program can read.</source>
        <translation>%1 is not a database this program can read.</translation>
    </message>
    <message>
        <source>%1 is not a %2 database of Tariff Audit.</source>
        <translation>%1 is not a %2 database of Tariff Audit.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tariff Audit (schema %2; this version knows up to %3). It was left untouched: update Tariff Audit to open it.</source>
        <translation>%1 was written by a newer version of Tariff Audit (schema %2; this version knows up to %3). It was left untouched: update Tariff Audit to open it.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Database error in %1: %2</translation>
    </message>
    <message>
        <source>Could not copy %1 before upgrading it: %2. Nothing was changed.</source>
        <translation>Could not copy %1 before upgrading it: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1.</source>
        <translation>Cannot start a transaction on %1.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4. The database was left at schema %5.</source>
        <translation>Upgrading %1 to schema %2 (%3) failed: %4. The database was left at schema %5.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>Could not name the copy of %1 %2 before upgrading it. Nothing was changed.</source>
        <translation>Could not name the copy of %1 %2 before upgrading it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The storage of this device is full: nothing was saved. Free some space (old record folders, photos, lists) and try again.</source>
        <translation>The storage of this device is full: nothing was saved. Free some space (old record folders, photos, lists) and try again.</translation>
    </message>
</context>
<context>
    <name>ta::DemoDialog</name>
    <message>
        <source>Demonstration: %1</source>
        <translation>Demonstration: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Step %1 of %2 · %3</translation>
    </message>
</context>
<context>
    <name>ta::DemoTour</name>
    <message>
        <source>The rule:</source>
        <translation>The rule:</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>The situation</translation>
    </message>
    <message>
        <source>The checks to walk</source>
        <translation>The checks to walk</translation>
    </message>
    <message>
        <source>From what is found at the door, the inspector walks these checks:</source>
        <translation>From what is found at the door, the inspector walks these checks:</translation>
    </message>
    <message>
        <source>Renters not forming a household: %1 persons</source>
        <translation>Renters not forming a household: %1 persons</translation>
    </message>
    <message>
        <source>The landlord cannot declare who uses the power; lease of %1 months</source>
        <translation>The landlord cannot declare who uses the power; lease of %1 months</translation>
    </message>
    <message>
        <source>%1 (%2): %3 kW × %4 × %5 × %6 h × %7 days = %8 kWh a month</source>
        <translation>%1 (%2): %3 kW × %4 × %5 × %6 h × %7 days = %8 kWh a month</translation>
    </message>
    <message>
        <source>Nothing to type: the rule reads the list&apos;s months, its meter and its transformer.</source>
        <translation>Nothing to type: the rule reads the list&apos;s months, its meter and its transformer.</translation>
    </message>
    <message>
        <source>Meter seen: %1</source>
        <translation>Meter seen: %1</translation>
    </message>
    <message>
        <source>Reading today %1, previous %2 on %3</source>
        <translation>Reading today %1, previous %2 on %3</translation>
    </message>
    <message>
        <source>What is entered:</source>
        <translation>What is entered:</translation>
    </message>
    <message>
        <source>The app concludes:</source>
        <translation>The app concludes:</translation>
    </message>
    <message>
        <source>Evidence and signatures</source>
        <translation>Evidence and signatures</translation>
    </message>
    <message>
        <source>A photo of the meter with its serial and reading.</source>
        <translation>A photo of the meter with its serial and reading.</translation>
    </message>
    <message>
        <source>The customer refuses: %1 signs as witness; the reason is written: %2</source>
        <translation>The customer refuses: %1 signs as witness; the reason is written: %2</translation>
    </message>
    <message>
        <source>The customer and the inspector sign on the screen.</source>
        <translation>The customer and the inspector sign on the screen.</translation>
    </message>
    <message>
        <source>Over the recovery period (%1 months, VAT included) the change is worth %2.</source>
        <translation>Over the recovery period (%1 months, VAT included) the change is worth %2.</translation>
    </message>
    <message>
        <source>No change: the customer is billed right.</source>
        <translation>No change: the customer is billed right.</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <source>What this scenario teaches: %1</source>
        <translation>What this scenario teaches: %1</translation>
    </message>
</context>
<context>
    <name>ta::DeviceKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>The signing key in the %1 is damaged (%2 bytes).</source>
        <translation>The signing key in the %1 is damaged (%2 bytes).</translation>
    </message>
    <message>
        <source>Records cannot be signed: %1</source>
        <translation>Records cannot be signed: %1</translation>
    </message>
    <message>
        <source>The signing key could not be saved in the %1: %2 Records cannot be signed until it is available.</source>
        <translation>The signing key could not be saved in the %1: %2 Records cannot be signed until it is available.</translation>
    </message>
    <message>
        <source>A signing key has %1 bytes, not %2.</source>
        <translation>A signing key has %1 bytes, not %2.</translation>
    </message>
</context>
<context>
    <name>ta::Diagnostics</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ta::EvidenceStore</name>
    <message>
        <source>Only PNG and JPEG pictures can be kept as evidence.</source>
        <translation>Only PNG and JPEG pictures can be kept as evidence.</translation>
    </message>
    <message>
        <source>The picture is larger than %1 MB.</source>
        <translation>The picture is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1.</source>
        <translation>The picture cannot be read: %1.</translation>
    </message>
    <message>
        <source>The picture could not be made smaller.</source>
        <translation>The picture could not be made smaller.</translation>
    </message>
    <message>
        <source>%1: the picture is larger than %2 MB.</source>
        <translation>%1: the picture is larger than %2 MB.</translation>
    </message>
</context>
<context>
    <name>ta::Exams</name>
    <message>
        <source>%1: exams[%2]: the id, name, scenarios or date is missing.</source>
        <translation>%1: exams[%2]: the id, name, scenarios or date is missing.</translation>
    </message>
    <message>
        <source>Give the exam a name.</source>
        <translation>Give the exam a name.</translation>
    </message>
    <message>
        <source>Choose at least one scenario for the exam.</source>
        <translation>Choose at least one scenario for the exam.</translation>
    </message>
    <message>
        <source>The scenario %1 is not in the library.</source>
        <translation>The scenario %1 is not in the library.</translation>
    </message>
    <message>
        <source>The pass mark is a percent from 1 to 100.</source>
        <translation>The pass mark is a percent from 1 to 100.</translation>
    </message>
</context>
<context>
    <name>ta::FlaggedList</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation>the file cannot be created.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>the file cannot be replaced.</source>
        <translation>the file cannot be replaced.</translation>
    </message>
    <message>
        <source>The flagged customers were saved to %1.</source>
        <translation>The flagged customers were saved to %1.</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export cancelled: %1 was not written.</translation>
    </message>
    <message>
        <source>MA_KHANG,TEN_KHANG,DIA_CHI,MA_SOGCS,STT,rules,reasons,monthly impact (VND),12-month impact (VND),impact unknown because</source>
        <translation>MA_KHANG,TEN_KHANG,DIA_CHI,MA_SOGCS,STT,rules,reasons,monthly impact (VND),12-month impact (VND),impact unknown because</translation>
    </message>
</context>
<context>
    <name>ta::HouseholdQuota</name>
    <message>
        <source>households.leaseMonths: the renters&apos; users are not declared; give the length of their lease in months.</source>
        <translation>households.leaseMonths: the renters&apos; users are not declared; give the length of their lease in months.</translation>
    </message>
    <message>
        <source>households: list at least one household living at the address, or the renters.</source>
        <translation>households: list at least one household living at the address, or the renters.</translation>
    </message>
    <message numerus="yes">
        <source>households: none of the %n households listed has a document that counts (CCCD, CT07, VNeID, a lease of %1 months or more) or a leader&apos;s note.</source>
        <translation>
            <numerusform>households: none of the %n households listed has a document that counts (CCCD, CT07, VNeID, a lease of %1 months or more) or a leader&apos;s note.</numerusform>
            <numerusform>households: none of the %n households listed has a document that counts (CCCD, CT07, VNeID, a lease of %1 months or more) or a leader&apos;s note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ta::HouseholdsStep</name>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Leader&apos;s note (for another document)</source>
        <translation>Leader&apos;s note (for another document)</translation>
    </message>
    <message>
        <source>Add a household</source>
        <translation>Add a household</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Renters not forming a household (persons):</source>
        <translation>Renters not forming a household (persons):</translation>
    </message>
    <message>
        <source>The landlord cannot declare who uses the power</source>
        <translation>The landlord cannot declare who uses the power</translation>
    </message>
    <message>
        <source>Lease length (months):</source>
        <translation>Lease length (months):</translation>
    </message>
</context>
<context>
    <name>ta::IdentifyStep</name>
    <message>
        <source>Photo of the meter…</source>
        <translation>Photo of the meter…</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>This device has no position source: type the coordinates or leave them empty.</source>
        <translation>This device has no position source: type the coordinates or leave them empty.</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Locate</translation>
    </message>
    <message>
        <source>Meter serial seen</source>
        <translation>Meter serial seen</translation>
    </message>
    <message>
        <source>Reading today</source>
        <translation>Reading today</translation>
    </message>
    <message>
        <source>Previous reading</source>
        <translation>Previous reading</translation>
    </message>
    <message>
        <source>Previous reading date</source>
        <translation>Previous reading date</translation>
    </message>
    <message>
        <source>Person present</source>
        <translation>Person present</translation>
    </message>
    <message>
        <source>As</source>
        <translation>As</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>GPS (latitude, longitude)</source>
        <translation>GPS (latitude, longitude)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <source>a representative</source>
        <translation>a representative</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>Cancel locating</source>
        <translation>Cancel locating</translation>
    </message>
    <message>
        <source>No position within %1 seconds (indoors?). Try again outside, or type the coordinates.</source>
        <translation>No position within %1 seconds (indoors?). Try again outside, or type the coordinates.</translation>
    </message>
    <message>
        <source>The app may not use the position: allow it in the tablet&apos;s settings, or type the coordinates.</source>
        <translation>The app may not use the position: allow it in the tablet&apos;s settings, or type the coordinates.</translation>
    </message>
    <message>
        <source>The position could not be read. Type the coordinates or leave them empty.</source>
        <translation>The position could not be read. Type the coordinates or leave them empty.</translation>
    </message>
</context>
<context>
    <name>ta::ImpactEstimator</name>
    <message>
        <source>split: month %1 has no normal / peak / off-peak registers; give the split to assume for a three-rate meter.</source>
        <translation>split: month %1 has no normal / peak / off-peak registers; give the split to assume for a three-rate meter.</translation>
    </message>
    <message>
        <source>split: normal, peak and off-peak shares must add up to 100 %.</source>
        <translation>split: normal, peak and off-peak shares must add up to 100 %.</translation>
    </message>
    <message>
        <source>Month %1/%2: %3</source>
        <translation>Month %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>ta::ImportTemplate</name>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <source>Route book</source>
        <translation>Route book</translation>
    </message>
    <message>
        <source>Order in the route book</source>
        <translation>Order in the route book</translation>
    </message>
    <message>
        <source>Meter serial</source>
        <translation>Meter serial</translation>
    </message>
    <message>
        <source>Metering point type</source>
        <translation>Metering point type</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplier</translation>
    </message>
    <message>
        <source>Voltage level</source>
        <translation>Voltage level</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Price string</source>
        <translation>Price string</translation>
    </message>
    <message>
        <source>Transformer (kVA)</source>
        <translation>Transformer (kVA)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Date the price ratio was last checked</source>
        <translation>Date the price ratio was last checked</translation>
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
        <translation>text expected</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>true or false expected</translation>
    </message>
    <message>
        <source>a number expected, not &quot;%1&quot;</source>
        <translation>a number expected, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 is outside %2 to %3</translation>
    </message>
    <message>
        <source>a whole number expected, not %1</source>
        <translation>a whole number expected, not %1</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD expected, not &quot;%1&quot;</source>
        <translation>a date written YYYY-MM-DD expected, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object expected</source>
        <translation>an object expected</translation>
    </message>
    <message>
        <source>a list expected</source>
        <translation>a list expected</translation>
    </message>
    <message>
        <source>a date and time written YYYY-MM-DDThh:mm:ss expected</source>
        <translation>a date and time written YYYY-MM-DDThh:mm:ss expected</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot; (households, ratio, three-rate, reading)</source>
        <translation>unknown check &quot;%1&quot; (households, ratio, three-rate, reading)</translation>
    </message>
    <message>
        <source>&quot;customer&quot; or &quot;representative&quot; expected</source>
        <translation>&quot;customer&quot; or &quot;representative&quot; expected</translation>
    </message>
    <message>
        <source>the head of household is missing</source>
        <translation>the head of household is missing</translation>
    </message>
    <message>
        <source>unknown evidence &quot;%1&quot; (cccd, ct07, vneid, lease, other)</source>
        <translation>unknown evidence &quot;%1&quot; (cccd, ct07, vneid, lease, other)</translation>
    </message>
    <message>
        <source>a date and time written YYYY-MM-DDThh:mm:ss+07:00 expected</source>
        <translation>a date and time written YYYY-MM-DDThh:mm:ss+07:00 expected</translation>
    </message>
    <message>
        <source>the purpose&apos;s price group (a CMIS code such as SHBT or KDDV) is missing</source>
        <translation>the purpose&apos;s price group (a CMIS code such as SHBT or KDDV) is missing</translation>
    </message>
</context>
<context>
    <name>ta::InspectionFlow</name>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>Sign the record</translation>
    </message>
    <message>
        <source>No keychain is available: the record cannot be signed.</source>
        <translation>No keychain is available: the record cannot be signed.</translation>
    </message>
    <message>
        <source>Once signed, the record cannot be changed; a correction makes a new revision. Sign it now?</source>
        <translation>Once signed, the record cannot be changed; a correction makes a new revision. Sign it now?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The record was signed and kept, but its PDF could not be written: %1</source>
        <translation>The record was signed and kept, but its PDF could not be written: %1</translation>
    </message>
    <message>
        <source>Record %1 is signed. Fingerprint %2.</source>
        <translation>Record %1 is signed. Fingerprint %2.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Close (kept as draft)</source>
        <translation>Close (kept as draft)</translation>
    </message>
    <message>
        <source>Checks</source>
        <comment>step bar, short</comment>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Identify</source>
        <comment>step bar, short</comment>
        <translation>Identify</translation>
    </message>
    <message>
        <source>Households</source>
        <comment>step bar, short</comment>
        <translation>Households</translation>
    </message>
    <message>
        <source>Price ratio</source>
        <comment>step bar, short</comment>
        <translation>Price ratio</translation>
    </message>
    <message>
        <source>Three-rate</source>
        <comment>step bar, short</comment>
        <translation>Three-rate</translation>
    </message>
    <message>
        <source>Sign</source>
        <comment>step bar, short</comment>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Correction of record %1: this will be revision %2</source>
        <translation>Correction of record %1: this will be revision %2</translation>
    </message>
</context>
<context>
    <name>ta::InspectionListModel</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Received by the server</source>
        <translation>Received by the server</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Branch review</source>
        <translation>Branch review</translation>
    </message>
</context>
<context>
    <name>ta::InspectionSession</name>
    <message>
        <source>No data file is open.</source>
        <translation>No data file is open.</translation>
    </message>
    <message>
        <source>No customer %1 in this data file.</source>
        <translation>No customer %1 in this data file.</translation>
    </message>
    <message>
        <source>Record %1 is signed; use Correct to make a new revision.</source>
        <translation>Record %1 is signed; use Correct to make a new revision.</translation>
    </message>
    <message>
        <source>The check %1 is not part of this inspection.</source>
        <translation>The check %1 is not part of this inspection.</translation>
    </message>
    <message>
        <source>Choose at least one check.</source>
        <translation>Choose at least one check.</translation>
    </message>
    <message>
        <source>Who was present: the name is missing.</source>
        <translation>Who was present: the name is missing.</translation>
    </message>
    <message>
        <source>The inspector&apos;s signature is missing.</source>
        <translation>The inspector&apos;s signature is missing.</translation>
    </message>
    <message>
        <source>The customer&apos;s signature is missing (or write why the customer refused).</source>
        <translation>The customer&apos;s signature is missing (or write why the customer refused).</translation>
    </message>
    <message>
        <source>The customer refused to sign: a witness must sign and give their name.</source>
        <translation>The customer refused to sign: a witness must sign and give their name.</translation>
    </message>
    <message>
        <source>The signature image %1 is not in the evidence list.</source>
        <translation>The signature image %1 is not in the evidence list.</translation>
    </message>
    <message>
        <source>The record is signed; it cannot change.</source>
        <translation>The record is signed; it cannot change.</translation>
    </message>
    <message>
        <source>Unknown signer &quot;%1&quot;.</source>
        <translation>Unknown signer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 is already signed.</source>
        <translation>Record %1 is already signed.</translation>
    </message>
    <message>
        <source>No keychain is available: the record cannot be signed.</source>
        <translation>No keychain is available: the record cannot be signed.</translation>
    </message>
    <message>
        <source>Record %1 is already signed; use Correct to make a new revision.</source>
        <translation>Record %1 is already signed; use Correct to make a new revision.</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing from %2.</source>
        <translation>The evidence file %1 is missing from %2.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>No picture %1 in this inspection.</source>
        <translation>No picture %1 in this inspection.</translation>
    </message>
</context>
<context>
    <name>ta::InspectionStore</name>
    <message>
        <source>Inspection %1 is signed or does not exist; it cannot change.</source>
        <translation>Inspection %1 is signed or does not exist; it cannot change.</translation>
    </message>
    <message>
        <source>No inspection %1.</source>
        <translation>No inspection %1.</translation>
    </message>
    <message>
        <source>The inspection could not be saved: the data file is busy.</source>
        <translation>The inspection could not be saved: the data file is busy.</translation>
    </message>
    <message>
        <source>Record %1 is already signed; it cannot change.</source>
        <translation>Record %1 is already signed; it cannot change.</translation>
    </message>
    <message>
        <source>No signed record %1.</source>
        <translation>No signed record %1.</translation>
    </message>
    <message>
        <source>An inspection with the id %1 already exists (%2).</source>
        <translation>An inspection with the id %1 already exists (%2).</translation>
    </message>
    <message>
        <source>a signed record</source>
        <translation>a signed record</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
</context>
<context>
    <name>ta::InspectionsPage</name>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>No customer has the meter %1.</source>
        <translation>No customer has the meter %1.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message numerus="yes">
        <source>The record is intact: signature, fingerprint and %n evidence files match.</source>
        <translation>
            <numerusform>The record is intact: signature, fingerprint and %n evidence file match.</numerusform>
            <numerusform>The record is intact: signature, fingerprint and %n evidence files match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Meter serial, as printed on the meter</source>
        <translation>Meter serial, as printed on the meter</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Drafts resume where you stopped. Signed records never change: Correct makes a new revision.</source>
        <translation>Drafts resume where you stopped. Signed records never change: Correct makes a new revision.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signed by %1.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>Discard the draft inspection of %1? Its answers, photos and signatures are discarded; this cannot be undone.</source>
        <translation>Discard the draft inspection of %1? Its answers, photos and signatures are discarded; this cannot be undone.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Discard draft…</translation>
    </message>
</context>
<context>
    <name>ta::LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>%1, enter your PIN to continue where you left off.</source>
        <translation>%1, enter your PIN to continue where you left off.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>ta::MainWindow</name>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Reset training data</source>
        <translation>Reset training data</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>Cancelled: the training data was left as it was.</source>
        <translation>Cancelled: the training data was left as it was.</translation>
    </message>
    <message>
        <source>The training data is back to its initial state.</source>
        <translation>The training data is back to its initial state.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Restoring the training customers…</source>
        <translation>Restoring the training customers…</translation>
    </message>
    <message>
        <source>Generating training customers…</source>
        <translation>Generating training customers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tariff Audit</source>
        <translation>Tariff Audit</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Add a profile</translation>
    </message>
    <message>
        <source>%1 can now sign in on this tablet as %2.</source>
        <translation>%1 can now sign in on this tablet as %2.</translation>
    </message>
    <message>
        <source>Put the training workspace back to its initial state? The customers are generated again, and every trainee&apos;s drafts, signed records and photos on this tablet are deleted.</source>
        <translation>Put the training workspace back to its initial state? The customers are generated again, and every trainee&apos;s drafts, signed records and photos on this tablet are deleted.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
</context>
<context>
    <name>ta::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ta::OutboxPage</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Training records never leave this tablet: in training mode the outbox stays empty and nothing is sent.</source>
        <translation>Training records never leave this tablet: in training mode the outbox stays empty and nothing is sent.</translation>
    </message>
    <message>
        <source>This tablet is not enrolled with a branch server yet: records wait here. Enroll it in Settings › Branch server.</source>
        <translation>This tablet is not enrolled with a branch server yet: records wait here. Enroll it in Settings › Branch server.</translation>
    </message>
    <message>
        <source>Waiting for a branch leader to approve this tablet (comparison code %1).</source>
        <translation>Waiting for a branch leader to approve this tablet (comparison code %1).</translation>
    </message>
    <message>
        <source>Server %1. Last synchronised %2.</source>
        <translation>Server %1. Last synchronised %2.</translation>
    </message>
    <message>
        <source>Server %1. Not synchronised yet.</source>
        <translation>Server %1. Not synchronised yet.</translation>
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <translation>Last attempt %1: %2</translation>
    </message>
    <message>
        <source>%1 waiting · %2 received · %3 approved · %4 returned · %5 quarantined</source>
        <translation>%1 waiting · %2 received · %3 approved · %4 returned · %5 quarantined</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Take out of the outbox</source>
        <translation>Take out of the outbox</translation>
    </message>
    <message>
        <source>Record %1 will no longer be sent to the branch server. The signed record and its PDF stay on this tablet under Inspections.

The server&apos;s reason: %2</source>
        <translation>Record %1 will no longer be sent to the branch server. The signed record and its PDF stay on this tablet under Inspections.

The server&apos;s reason: %2</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Take out</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation>Take out…</translation>
    </message>
</context>
<context>
    <name>ta::PhotoStrip</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>Delete this photo</source>
        <translation>Delete this photo</translation>
    </message>
    <message>
        <source>Delete the photo</source>
        <translation>Delete the photo</translation>
    </message>
</context>
<context>
    <name>ta::PinHasher</name>
    <message>
        <source>The PIN must have 4 to 8 digits.</source>
        <translation>The PIN must have 4 to 8 digits.</translation>
    </message>
    <message>
        <source>The PIN may contain digits only.</source>
        <translation>The PIN may contain digits only.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>The cryptography library could not be initialised.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the PIN.</source>
        <translation>Not enough memory to protect the PIN.</translation>
    </message>
</context>
<context>
    <name>ta::PinPad</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>This profile no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before a waiting time.</source>
        <translation>
            <numerusform>Wrong PIN. %n more try before a waiting time.</numerusform>
            <numerusform>Wrong PIN. %n more tries before a waiting time.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n seconds.</source>
        <translation>
            <numerusform>Wrong PIN. Try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ta::PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No scenario done yet: choose one and press Start.</source>
        <translation>No scenario done yet: choose one and press Start.</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios done · %3 of %4 points (%5 %) · %6 minutes of practice</source>
        <translation>%1 of %2 scenarios done · %3 of %4 points (%5 %) · %6 minutes of practice</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 of %2 (%3 %)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>The record cannot be scored: %1</source>
        <translation>The record cannot be scored: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3 %)</source>
        <translation>%1 of %2 points (%3 %)</translation>
    </message>
    <message>
        <source>What this scenario teaches: %1</source>
        <translation>What this scenario teaches: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Every conclusion is right.</source>
        <translation>Every conclusion is right.</translation>
    </message>
    <message>
        <source>The rules behind your mistakes:</source>
        <translation>The rules behind your mistakes:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the score sheet</source>
        <translation>Save the score sheet</translation>
    </message>
    <message>
        <source>score-sheet-%1.pdf</source>
        <translation>score-sheet-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>score-sheet-%1.csv</source>
        <translation>score-sheet-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the score file</source>
        <translation>Save the score file</translation>
    </message>
    <message>
        <source>scores-%1.json</source>
        <translation>scores-%1.json</translation>
    </message>
    <message>
        <source>Score files (*.json)</source>
        <translation>Score files (*.json)</translation>
    </message>
    <message>
        <source>Saved %1. A trainer imports it on the Practice page.</source>
        <translation>Saved %1. A trainer imports it on the Practice page.</translation>
    </message>
    <message>
        <source>Import a score file</source>
        <translation>Import a score file</translation>
    </message>
    <message numerus="yes">
        <source>The scores of %1 are in the class (%n attempt(s)).</source>
        <translation>
            <numerusform>The scores of %1 are in the class (%n attempt).</numerusform>
            <numerusform>The scores of %1 are in the class (%n attempts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Best score</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>A fresh attempt in the real inspection screens, with this card beside them</source>
        <translation>A fresh attempt in the real inspection screens, with this card beside them</translation>
    </message>
    <message>
        <source>Score sheet (PDF)</source>
        <translation>Score sheet (PDF)</translation>
    </message>
    <message>
        <source>Score sheet (CSV)</source>
        <translation>Score sheet (CSV)</translation>
    </message>
    <message>
        <source>Score file for the trainer</source>
        <translation>Score file for the trainer</translation>
    </message>
    <message>
        <source>The class: the trainees of this tablet and the score files imported</source>
        <translation>The class: the trainees of this tablet and the score files imported</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Scenarios done</source>
        <translation>Scenarios done</translation>
    </message>
    <message>
        <source>Best scores</source>
        <translation>Best scores</translation>
    </message>
    <message>
        <source>Rule most missed</source>
        <translation>Rule most missed</translation>
    </message>
    <message>
        <source>Import a score file…</source>
        <translation>Import a score file…</translation>
    </message>
    <message>
        <source>passed with %1 %</source>
        <translation>passed with %1 %</translation>
    </message>
    <message>
        <source>not passed: %1 %</source>
        <translation>not passed: %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios done</source>
        <translation>%1 of %2 scenarios done</translation>
    </message>
    <message>
        <source>Exam &quot;%1&quot; (pass mark %2 %; the first attempt counts): %3 — %4</source>
        <translation>Exam &quot;%1&quot; (pass mark %2 %; the first attempt counts): %3 — %4</translation>
    </message>
    <message>
        <source>Exam: %1</source>
        <translation>Exam: %1</translation>
    </message>
    <message>
        <source>passed, %1 %</source>
        <translation>passed, %1 %</translation>
    </message>
    <message>
        <source>not passed, %1 %</source>
        <translation>not passed, %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <source>New exam</source>
        <translation>New exam</translation>
    </message>
    <message>
        <source>For example: Households, class of March</source>
        <translation>For example: Households, class of March</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Set the exam</source>
        <translation>Set the exam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Scenarios of the exam (each counts with the trainee&apos;s first attempt from now on):</source>
        <translation>Scenarios of the exam (each counts with the trainee&apos;s first attempt from now on):</translation>
    </message>
    <message>
        <source>The model answer step by step, in large type for a projector</source>
        <translation>The model answer step by step, in large type for a projector</translation>
    </message>
    <message>
        <source>New exam…</source>
        <translation>New exam…</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (imported)</translation>
    </message>
    <message>
        <source>Import a scenario</source>
        <translation>Import a scenario</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the library of this tablet&apos;s training.</source>
        <translation>&quot;%1&quot; is in the library of this tablet&apos;s training.</translation>
    </message>
    <message>
        <source>Import a scenario…</source>
        <translation>Import a scenario…</translation>
    </message>
    <message>
        <source>A scenario file written as docs/scenario-file.md describes</source>
        <translation>A scenario file written as docs/scenario-file.md describes</translation>
    </message>
    <message>
        <source>The class — most missed: %1</source>
        <translation>The class — most missed: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
</context>
<context>
    <name>ta::Prescreener</name>
    <message>
        <source>Shared meter</source>
        <translation>Shared meter</translation>
    </message>
    <message>
        <source>Renters</source>
        <translation>Renters</translation>
    </message>
    <message>
        <source>Price ratio</source>
        <translation>Price ratio</translation>
    </message>
    <message>
        <source>Administrative, 100 %</source>
        <translation>Administrative, 100 %</translation>
    </message>
    <message>
        <source>Three-rate meter</source>
        <translation>Three-rate meter</translation>
    </message>
    <message>
        <source>Abnormal consumption</source>
        <translation>Abnormal consumption</translation>
    </message>
    <message>
        <source>Pre-screening cancelled: the previous results were kept.</source>
        <translation>Pre-screening cancelled: the previous results were kept.</translation>
    </message>
    <message>
        <source>%1 households share the meter: each tier block is multiplied by them. Check the households living at the address (CCCD, CT07, VNeID). TT 16/2014 Art. 10; TT 09/2023.</source>
        <translation>%1 households share the meter: each tier block is multiplied by them. Check the households living at the address (CCCD, CT07, VNeID). TT 16/2014 Art. 10; TT 09/2023.</translation>
    </message>
    <message>
        <source>Renters counted by persons (%1 quotas, 4 persons = 1). Check the lease (12 months or more) and the persons declared.</source>
        <translation>Renters counted by persons (%1 quotas, 4 persons = 1). Check the lease (12 months or more) and the persons declared.</translation>
    </message>
    <message>
        <source>Multi-purpose meter (%1); the ratio was last agreed on %2. Re-check it with an equipment inventory. TT 60/2025.</source>
        <translation>Multi-purpose meter (%1); the ratio was last agreed on %2. Re-check it with an equipment inventory. TT 60/2025.</translation>
    </message>
    <message>
        <source>Multi-purpose meter (%1); no ratio check is recorded. Check it with an equipment inventory. TT 60/2025.</source>
        <translation>Multi-purpose meter (%1); no ratio check is recorded. Check it with an equipment inventory. TT 60/2025.</translation>
    </message>
    <message>
        <source>Billed 100 % at the administrative price: check for business use (rented space, canteen, services), which needs a business share.</source>
        <translation>Billed 100 % at the administrative price: check for business use (rented space, canteen, services), which needs a business share.</translation>
    </message>
    <message>
        <source>Single-rate meter on a dedicated %1 kVA transformer (threshold %2 kVA): must move to a three-rate meter.</source>
        <translation>Single-rate meter on a dedicated %1 kVA transformer (threshold %2 kVA): must move to a three-rate meter.</translation>
    </message>
    <message>
        <source>No consumption in %1 after %2 kWh a month: check the meter and the reading.</source>
        <translation>No consumption in %1 after %2 kWh a month: check the meter and the reading.</translation>
    </message>
    <message>
        <source>%1 kWh in %2 against %3 before: a jump to check.</source>
        <translation>%1 kWh in %2 against %3 before: a jump to check.</translation>
    </message>
    <message>
        <source>%1 kWh in %2 against %3 before: a drop to check.</source>
        <translation>%1 kWh in %2 against %3 before: a drop to check.</translation>
    </message>
    <message>
        <source>The data file is busy; try again.</source>
        <translation>The data file is busy; try again.</translation>
    </message>
    <message>
        <source>Single-rate meter at %1 kWh a month on average over %2 to %3 (threshold %4): must move to a three-rate meter.</source>
        <translation>Single-rate meter at %1 kWh a month on average over %2 to %3 (threshold %4): must move to a three-rate meter.</translation>
    </message>
    <message>
        <source>Impact unknown: the shares of the uses can only be measured with an equipment inventory at the visit.</source>
        <translation>Impact unknown: the shares of the uses can only be measured with an equipment inventory at the visit.</translation>
    </message>
    <message>
        <source>Impact unknown: it depends on the reading found at the meter.</source>
        <translation>Impact unknown: it depends on the reading found at the meter.</translation>
    </message>
    <message>
        <source>Impact unknown: the bill could not be made (%1).</source>
        <translation>Impact unknown: the bill could not be made (%1).</translation>
    </message>
</context>
<context>
    <name>ta::PriceString</name>
    <message>
        <source>Price string &quot;%1&quot;: %2</source>
        <translation>Price string &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>it is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not GROUP:AMOUNT.</source>
        <translation>&quot;%1&quot; is not GROUP:AMOUNT.</translation>
    </message>
    <message>
        <source>unknown register &quot;%1&quot; (KT, BT, CD, TD).</source>
        <translation>unknown register &quot;%1&quot; (KT, BT, CD, TD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage, a kWh quantity or CL.</source>
        <translation>&quot;%1&quot; is not a percentage, a kWh quantity or CL.</translation>
    </message>
    <message>
        <source>group %1 has different amounts on its registers, which is not supported.</source>
        <translation>group %1 has different amounts on its registers, which is not supported.</translation>
    </message>
    <message>
        <source>unknown price group &quot;%1&quot; (the tariff books know %2).</source>
        <translation>unknown price group &quot;%1&quot; (the tariff books know %2).</translation>
    </message>
</context>
<context>
    <name>ta::ProfileData</name>
    <message>
        <source>customer data</source>
        <translation>customer data</translation>
    </message>
    <message>
        <source>%1 holds real customer data and cannot be used in training mode.</source>
        <translation>%1 holds real customer data and cannot be used in training mode.</translation>
    </message>
    <message>
        <source>%1 holds training data and cannot be used outside training mode.</source>
        <translation>%1 holds training data and cannot be used outside training mode.</translation>
    </message>
</context>
<context>
    <name>ta::ProfileForm</name>
    <message>
        <source>PIN: the two entries differ. Type the same PIN twice.</source>
        <translation>PIN: the two entries differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Each person who uses this device signs in with their own profile and PIN. The PIN is never stored, only a protected fingerprint of it.</source>
        <translation>Each person who uses this device signs in with their own profile and PIN. The PIN is never stored, only a protected fingerprint of it.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>Staff / KTV &amp;card number</source>
        <translation>Staff / KTV &amp;card number</translation>
    </message>
    <message>
        <source>&amp;Branch (Điện lực)</source>
        <translation>&amp;Branch (Điện lực)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation>&amp;PIN (4–8 digits)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. Điện lực Thủ Dầu Một</source>
        <translation>e.g. Điện lực Thủ Dầu Một</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>A leader&apos;s or trainer&apos;s profile is added by a branch leader signed in on this tablet, from Settings.</source>
        <translation>A leader&apos;s or trainer&apos;s profile is added by a branch leader signed in on this tablet, from Settings.</translation>
    </message>
</context>
<context>
    <name>ta::ProfileStore</name>
    <message>
        <source>profile list</source>
        <translation>profile list</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>The profile no longer exists.</translation>
    </message>
    <message>
        <source>Full name: enter the person&apos;s full name.</source>
        <translation>Full name: enter the person&apos;s full name.</translation>
    </message>
    <message>
        <source>Card number: enter the staff or KTV card number.</source>
        <translation>Card number: enter the staff or KTV card number.</translation>
    </message>
    <message>
        <source>Branch: enter the power branch (Điện lực).</source>
        <translation>Branch: enter the power branch (Điện lực).</translation>
    </message>
    <message>
        <source>PIN: %1</source>
        <translation>PIN: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Role: a leader&apos;s or trainer&apos;s profile is added by a branch leader signed in on this tablet (Settings › Add a profile…); at the sign-in screen only an inspector&apos;s profile can be made.</source>
        <translation>Role: a leader&apos;s or trainer&apos;s profile is added by a branch leader signed in on this tablet (Settings › Add a profile…); at the sign-in screen only an inspector&apos;s profile can be made.</translation>
    </message>
</context>
<context>
    <name>ta::QrScanDialog</name>
    <message>
        <source>Scan the enrollment code</source>
        <translation>Scan the enrollment code</translation>
    </message>
    <message>
        <source>From a picture…</source>
        <translation>From a picture…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This tablet has no camera the app can use. Choose a picture of the code instead, or paste the link.</source>
        <translation>This tablet has no camera the app can use. Choose a picture of the code instead, or paste the link.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>The camera cannot be used: %1</translation>
    </message>
    <message>
        <source>Point the camera at the code on the leader&apos;s screen.</source>
        <translation>Point the camera at the code on the leader&apos;s screen.</translation>
    </message>
    <message>
        <source>A picture of the enrollment code</source>
        <translation>A picture of the enrollment code</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
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
        <translation>Device</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Simultaneity</source>
        <translation>Simultaneity</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Hours/day</translation>
    </message>
    <message>
        <source>Days/month</source>
        <translation>Days/month</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Add a device</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ta::RecordFolder</name>
    <message>
        <source>Record number</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>The folder %1 cannot be replaced.</source>
        <translation>The folder %1 cannot be replaced.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
</context>
<context>
    <name>ta::RecordPdf</name>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>SOCIALIST REPUBLIC OF VIETNAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
    <message>
        <source>RECORD OF AN ELECTRICITY PRICE-APPLICATION INSPECTION</source>
        <translation>RECORD OF AN ELECTRICITY PRICE-APPLICATION INSPECTION</translation>
    </message>
    <message>
        <source>Revision %1, replacing record %2</source>
        <translation>Revision %1, replacing record %2</translation>
    </message>
    <message>
        <source>At %1, at %2, we recorded the following.</source>
        <translation>At %1, at %2, we recorded the following.</translation>
    </message>
    <message>
        <source>1. Inspectors</source>
        <translation>1. Inspectors</translation>
    </message>
    <message>
        <source>%1, inspector card %2, %3</source>
        <translation>%1, inspector card %2, %3</translation>
    </message>
    <message>
        <source>2. Customer and metering point</source>
        <translation>2. Customer and metering point</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>representative</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>%1, %2, multiplier %3</source>
        <translation>%1, %2, multiplier %3</translation>
    </message>
    <message>
        <source>three-rate</source>
        <translation>three-rate</translation>
    </message>
    <message>
        <source>single-rate</source>
        <translation>single-rate</translation>
    </message>
    <message>
        <source>Voltage, transformer</source>
        <translation>Voltage, transformer</translation>
    </message>
    <message>
        <source>%1, %2 kVA</source>
        <translation>%1, %2 kVA</translation>
    </message>
    <message>
        <source>Substation, route book, No.</source>
        <translation>Substation, route book, No.</translation>
    </message>
    <message>
        <source>Current price application</source>
        <translation>Current price application</translation>
    </message>
    <message>
        <source>%1, %2 households</source>
        <translation>%1, %2 households</translation>
    </message>
    <message>
        <source>Reading today</source>
        <translation>Reading today</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>3. Findings</source>
        <translation>3. Findings</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Households evidenced:</source>
        <translation>Households evidenced:</translation>
    </message>
    <message>
        <source>Equipment inventory:</source>
        <translation>Equipment inventory:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Simultaneity</source>
        <translation>Simultaneity</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Hours/day</translation>
    </message>
    <message>
        <source>Days/month</source>
        <translation>Days/month</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>4. Proposed price application</source>
        <translation>4. Proposed price application</translation>
    </message>
    <message>
        <source>%1, %2 households, %3 meter, effective from reading %4.</source>
        <translation>%1, %2 households, %3 meter, effective from reading %4.</translation>
    </message>
    <message>
        <source>(not taken)</source>
        <translation>(not taken)</translation>
    </message>
    <message>
        <source>The current price application is kept.</source>
        <translation>The current price application is kept.</translation>
    </message>
    <message>
        <source>5. The customer&apos;s statement</source>
        <translation>5. The customer&apos;s statement</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CUSTOMER</translation>
    </message>
    <message>
        <source>WITNESS</source>
        <translation>WITNESS</translation>
    </message>
    <message>
        <source>INSPECTOR</source>
        <translation>INSPECTOR</translation>
    </message>
    <message>
        <source>The customer did not sign: %1</source>
        <translation>The customer did not sign: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Signed with device key %1</source>
        <translation>Signed with device key %1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Inspection record %1</source>
        <translation>Inspection record %1</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be written.</source>
        <translation>The PDF %1 cannot be written.</translation>
    </message>
    <message>
        <source>TRAINING — NOT VALID</source>
        <translation>TRAINING — NOT VALID</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Page %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Visit at %1, at %2, recorded on paper; entered and signed at %3.</source>
        <translation>Visit at %1, at %2, recorded on paper; entered and signed at %3.</translation>
    </message>
    <message>
        <source>Recovery period</source>
        <translation>Recovery period</translation>
    </message>
    <message>
        <source>leader&apos;s note: %1</source>
        <translation>leader&apos;s note: %1</translation>
    </message>
    <message>
        <source>Thresholds applied (rule set %1): three-rate meter from %2 kWh a month over %3 consecutive months or a %4 kVA transformer; %5 renters = 1 household quota; lease under %6 months; back-billing over at most %7 months.</source>
        <translation>Thresholds applied (rule set %1): three-rate meter from %2 kWh a month over %3 consecutive months or a %4 kVA transformer; %5 renters = 1 household quota; lease under %6 months; back-billing over at most %7 months.</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Priced with the tariff books:</source>
        <translation>Priced with the tariff books:</translation>
    </message>
    <message>
        <source>Preview: this record is not signed yet and has no fingerprint.</source>
        <translation>Preview: this record is not signed yet and has no fingerprint.</translation>
    </message>
    <message>
        <source>PREVIEW — NOT SIGNED</source>
        <translation>PREVIEW — NOT SIGNED</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Voltage</translation>
    </message>
    <message>
        <source>latitude %1; longitude %2</source>
        <translation>latitude %1; longitude %2</translation>
    </message>
    <message>
        <source>new three-rate meter %1</source>
        <translation>new three-rate meter %1</translation>
    </message>
    <message>
        <source>installed on %1</source>
        <translation>installed on %1</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>peak</translation>
    </message>
    <message>
        <source>off-peak</source>
        <translation>off-peak</translation>
    </message>
    <message>
        <source>opening readings: %1</source>
        <translation>opening readings: %1</translation>
    </message>
    <message>
        <source>Meter swap: %1.</source>
        <translation>Meter swap: %1.</translation>
    </message>
    <message>
        <source>The customer was billed too little and owes %1 a month, %2 over the recovery period (VAT included).</source>
        <translation>The customer was billed too little and owes %1 a month, %2 over the recovery period (VAT included).</translation>
    </message>
    <message>
        <source>The customer was billed too much and is refunded %1 a month, %2 over the recovery period (VAT included).</source>
        <translation>The customer was billed too much and is refunded %1 a month, %2 over the recovery period (VAT included).</translation>
    </message>
    <message>
        <source>No money is owed either way.</source>
        <translation>No money is owed either way.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>In training, a practice scenario is dated on its own day.</source>
        <translation>In training, a practice scenario is dated on its own day.</translation>
    </message>
</context>
<context>
    <name>ta::RecordViewer</name>
    <message>
        <source>The file was not found.</source>
        <translation>The file was not found.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>The file is not a readable PDF.</translation>
    </message>
    <message>
        <source>The file is protected by a password.</source>
        <translation>The file is protected by a password.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>Open in another app</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No app could open %1.</source>
        <translation>No app could open %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Save a copy of the record</source>
        <translation>Save a copy of the record</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2: %3</source>
        <translation>%1 could not be copied to %2: %3</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>ta::Regulations</name>
    <message>
        <source>only format 1 is known.</source>
        <translation>only format 1 is known.</translation>
    </message>
    <message>
        <source>no rule set.</source>
        <translation>no rule set.</translation>
    </message>
    <message>
        <source>a text is required.</source>
        <translation>a text is required.</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD is required.</source>
        <translation>a date written YYYY-MM-DD is required.</translation>
    </message>
    <message>
        <source>two rule sets start on the same day or share an id.</source>
        <translation>two rule sets start on the same day or share an id.</translation>
    </message>
    <message>
        <source>Regulations %1, field %2: %3</source>
        <translation>Regulations %1, field %2: %3</translation>
    </message>
    <message>
        <source>an object is required.</source>
        <translation>an object is required.</translation>
    </message>
    <message>
        <source>a whole number of at least %1 is required.</source>
        <translation>a whole number of at least %1 is required.</translation>
    </message>
    <message>
        <source>a list of texts is required.</source>
        <translation>a list of texts is required.</translation>
    </message>
    <message>
        <source>the legal source is required.</source>
        <translation>the legal source is required.</translation>
    </message>
    <message>
        <source>&quot;firm&quot; or &quot;check&quot; expected.</source>
        <translation>&quot;firm&quot; or &quot;check&quot; expected.</translation>
    </message>
    <message>
        <source>Regulations %1</source>
        <translation>Regulations %1</translation>
    </message>
    <message>
        <source>Regulations %1 are not a JSON object.</source>
        <translation>Regulations %1 are not a JSON object.</translation>
    </message>
</context>
<context>
    <name>ta::ReviewPage</name>
    <message>
        <source>All inspectors</source>
        <translation>All inspectors</translation>
    </message>
    <message>
        <source>All substations</source>
        <translation>All substations</translation>
    </message>
    <message>
        <source>Choose a record in the list to read it.</source>
        <translation>Choose a record in the list to read it.</translation>
    </message>
    <message>
        <source>Signature verified with the tablet&apos;s registered key</source>
        <translation>Signature verified with the tablet&apos;s registered key</translation>
    </message>
    <message>
        <source>The signature does not verify with a registered key: do not approve</source>
        <translation>The signature does not verify with a registered key: do not approve</translation>
    </message>
    <message>
        <source>Received by the server %1</source>
        <translation>Received by the server %1</translation>
    </message>
    <message>
        <source>This customer was not assigned to the inspector</source>
        <translation>This customer was not assigned to the inspector</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (not sent yet)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>What the correction changed from revision %1</source>
        <translation>What the correction changed from revision %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>This device is not enrolled with the branch server as a leader&apos;s: enroll it in Settings › Branch server first.</source>
        <translation>This device is not enrolled with the branch server as a leader&apos;s: enroll it in Settings › Branch server first.</translation>
    </message>
    <message>
        <source>Return to the inspector</source>
        <translation>Return to the inspector</translation>
    </message>
    <message>
        <source>What must the inspector correct? The comment goes to the tablet with the record.</source>
        <translation>What must the inspector correct? The comment goes to the tablet with the record.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export for CMIS</source>
        <translation>Export for CMIS</translation>
    </message>
    <message>
        <source>Include the corrections exported before</source>
        <translation>Include the corrections exported before</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The corrections approved on these days, one row per field changed (SO_HO, CHUOI_GIA, LOAI_DDO), as CSV or Excel.</source>
        <translation>The corrections approved on these days, one row per field changed (SO_HO, CHUOI_GIA, LOAI_DDO), as CSV or Excel.</translation>
    </message>
    <message>
        <source>Approved from</source>
        <translation>Approved from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <source>No approved correction on these days that was not exported before.</source>
        <translation>No approved correction on these days that was not exported before.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) from %1 record(s) written to %2.</source>
        <translation>
            <numerusform>%n correction from %1 record(s) written to %2.</numerusform>
            <numerusform>%n correction(s) from %1 record(s) written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records the branch server received from the inspectors&apos; tablets, newest first. Approve a record, or return it with what must be corrected; decisions are signed with this device&apos;s key and sent with the next sync.</source>
        <translation>Records the branch server received from the inspectors&apos; tablets, newest first. Approve a record, or return it with what must be corrected; decisions are signed with this device&apos;s key and sent with the next sync.</translation>
    </message>
    <message>
        <source>Customer code, name or record number</source>
        <translation>Customer code, name or record number</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Return with a comment…</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Export for CMIS…</source>
        <translation>Export for CMIS…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Every finding</source>
        <translation>Every finding</translation>
    </message>
    <message>
        <source>Training mode has no review: training records never reach the branch server.</source>
        <translation>Training mode has no review: training records never reach the branch server.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the branch server. A leader&apos;s device is enrolled in Settings › Branch server and approved with the leader&apos;s role.</source>
        <translation>This device is not enrolled with the branch server. A leader&apos;s device is enrolled in Settings › Branch server and approved with the leader&apos;s role.</translation>
    </message>
    <message>
        <source>The branch server has not granted this device a leader&apos;s role: its operator approves it with --role leader.</source>
        <translation>The branch server has not granted this device a leader&apos;s role: its operator approves it with --role leader.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the queue; last read from the server %1.</source>
        <translation>
            <numerusform>%n record in the queue; last read from the server %1.</numerusform>
            <numerusform>%n record(s) in the queue; last read from the server %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>Any money at stake</source>
        <translation>Any money at stake</translation>
    </message>
    <message>
        <source>At stake ≥ %1</source>
        <translation>At stake ≥ %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Price string</source>
        <translation>Price string</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Effective reading</source>
        <translation>Effective reading</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>Money at stake</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Change proposed</source>
        <translation>Change proposed</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Households evidenced</source>
        <translation>Households evidenced</translation>
    </message>
    <message>
        <source>Households listed</source>
        <translation>Households listed</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>Record %1, revision %2</source>
        <translation>Record %1, revision %2</translation>
    </message>
</context>
<context>
    <name>ta::Role</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Branch leader</source>
        <translation>Branch leader</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
</context>
<context>
    <name>ta::SafeName</name>
    <message>
        <source>%1: it is empty.</source>
        <translation>%1: it is empty.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: at most %2 characters.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: it cannot start with a dot.</source>
        <translation>%1 &quot;%2&quot;: it cannot start with a dot.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the character &quot;%3&quot; is not allowed; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>%1 &quot;%2&quot;: the character &quot;%3&quot; is not allowed; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>ta::SampleCustomerList</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Cancelled: %1 was not written.</translation>
    </message>
</context>
<context>
    <name>ta::SaveFile</name>
    <message>
        <source>The storage of this device is full: %1 cannot be written. Free some space (old record folders, photos, lists) and try again.</source>
        <translation>The storage of this device is full: %1 cannot be written. Free some space (old record folders, photos, lists) and try again.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be made.</source>
        <translation>The folder of %1 cannot be made.</translation>
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
        <translation>missing.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>is empty.</translation>
    </message>
    <message>
        <source>unknown field (docs/scenario-file.md lists the fields).</source>
        <translation>unknown field (docs/scenario-file.md lists the fields).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expected, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; expected, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes, at most 64.</source>
        <translation>lower-case letters, digits and dashes, at most 64.</translation>
    </message>
    <message>
        <source>1 (easy), 2 (medium) or 3 (hard).</source>
        <translation>1 (easy), 2 (medium) or 3 (hard).</translation>
    </message>
    <message>
        <source>one of %1.</source>
        <translation>one of %1.</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD.</source>
        <translation>a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>missing: the story and the facts at the door.</source>
        <translation>missing: the story and the facts at the door.</translation>
    </message>
    <message>
        <source>missing: the model answer, as an answers file.</source>
        <translation>missing: the model answer, as an answers file.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing: at least one expected conclusion.</source>
        <translation>missing: at least one expected conclusion.</translation>
    </message>
    <message>
        <source>missing: the customer, in the columns of the import template.</source>
        <translation>missing: the customer, in the columns of the import template.</translation>
    </message>
    <message>
        <source>must be text or a number.</source>
        <translation>must be text or a number.</translation>
    </message>
    <message>
        <source>must be an object with item, value and rule.</source>
        <translation>must be an object with item, value and rule.</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot; (one of %2).</source>
        <translation>unknown item &quot;%1&quot; (one of %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is expected twice.</source>
        <translation>&quot;%1&quot; is expected twice.</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (one of %2).</source>
        <translation>unknown rule &quot;%1&quot; (one of %2).</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; belongs to the check %2, not to %3.</source>
        <translation>the rule &quot;%1&quot; belongs to the check %2, not to %3.</translation>
    </message>
    <message>
        <source>a whole number from 1 to 10.</source>
        <translation>a whole number from 1 to 10.</translation>
    </message>
    <message>
        <source>only ratio-shares and money have a tolerance.</source>
        <translation>only ratio-shares and money have a tolerance.</translation>
    </message>
    <message>
        <source>a number from 0 to 10.</source>
        <translation>a number from 0 to 10.</translation>
    </message>
    <message>
        <source>true or false.</source>
        <translation>true or false.</translation>
    </message>
    <message>
        <source>a number of households: 0.25 or more, in steps of 0.25.</source>
        <translation>a number of households: 0.25 or more, in steps of 0.25.</translation>
    </message>
    <message>
        <source>an object of price groups and their percent (&quot;SHBT&quot;: 45).</source>
        <translation>an object of price groups and their percent (&quot;SHBT&quot;: 45).</translation>
    </message>
    <message>
        <source>unknown price group (the tariff books know %1).</source>
        <translation>unknown price group (the tariff books know %1).</translation>
    </message>
    <message>
        <source>a percent above 0 and at most 100.</source>
        <translation>a percent above 0 and at most 100.</translation>
    </message>
    <message>
        <source>the shares add up to %1 %, not 100 %.</source>
        <translation>the shares add up to %1 %, not 100 %.</translation>
    </message>
    <message>
        <source>a list of anomalies (%1), empty for none.</source>
        <translation>a list of anomalies (%1), empty for none.</translation>
    </message>
    <message>
        <source>unknown anomaly &quot;%1&quot; (one of %2).</source>
        <translation>unknown anomaly &quot;%1&quot; (one of %2).</translation>
    </message>
    <message>
        <source>a whole number of đồng (negative when the customer was billed too much).</source>
        <translation>a whole number of đồng (negative when the customer was billed too much).</translation>
    </message>
    <message>
        <source>a whole number of photos from 0 to 20.</source>
        <translation>a whole number of photos from 0 to 20.</translation>
    </message>
    <message>
        <source>&quot;customer&quot; or &quot;witness&quot;.</source>
        <translation>&quot;customer&quot; or &quot;witness&quot;.</translation>
    </message>
    <message>
        <source>%1 is true while any-change is false.</source>
        <translation>%1 is true while any-change is false.</translation>
    </message>
    <message>
        <source>money is not 0 while any-change is false.</source>
        <translation>money is not 0 while any-change is false.</translation>
    </message>
    <message>
        <source>undeclared-tier is true: the households change.</source>
        <translation>undeclared-tier is true: the households change.</translation>
    </message>
    <message>
        <source>meter-swap is true but the customer&apos;s meter is already three-rate (LOAI_DDO 3).</source>
        <translation>meter-swap is true but the customer&apos;s meter is already three-rate (LOAI_DDO 3).</translation>
    </message>
    <message>
        <source>meter-swap is true while three-rate is &quot;%1&quot;.</source>
        <translation>meter-swap is true while three-rate is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the model answer does not walk the check &quot;%1&quot; that the expected conclusions need.</source>
        <translation>the model answer does not walk the check &quot;%1&quot; that the expected conclusions need.</translation>
    </message>
    <message>
        <source>the customer refuses: the model answer names the witness and the reason.</source>
        <translation>the customer refuses: the model answer names the witness and the reason.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 is not a JSON object.</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is the id of a built-in scenario; give this one another id.</source>
        <translation>%1: id: &quot;%2&quot; is the id of a built-in scenario; give this one another id.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>a list of customers, in the columns of the import template.</source>
        <translation>a list of customers, in the columns of the import template.</translation>
    </message>
    <message>
        <source>the customer %1 is in the scenario twice.</source>
        <translation>the customer %1 is in the scenario twice.</translation>
    </message>
    <message>
        <source>a customer, in the columns of the import template.</source>
        <translation>a customer, in the columns of the import template.</translation>
    </message>
    <message>
        <source>photos, drawn signatures and visitedAt are not part of a model answer (the trainee takes the photos and the signatures; the day is visitDate).</source>
        <translation>photos, drawn signatures and visitedAt are not part of a model answer (the trainee takes the photos and the signatures; the day is visitDate).</translation>
    </message>
</context>
<context>
    <name>ta::ScenarioCard</name>
    <message>
        <source>easy</source>
        <translation>easy</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>price ratio</source>
        <translation>price ratio</translation>
    </message>
    <message>
        <source>three-rate meters</source>
        <translation>three-rate meters</translation>
    </message>
    <message>
        <source>administrative customers</source>
        <translation>administrative customers</translation>
    </message>
    <message>
        <source>Level: %1 · campaign: %2 · visit on %3</source>
        <translation>Level: %1 · campaign: %2 · visit on %3</translation>
    </message>
    <message>
        <source>At the door:</source>
        <translation>At the door:</translation>
    </message>
    <message>
        <source>What you find:</source>
        <translation>What you find:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Three-rate electronic meter</source>
        <translation>Three-rate electronic meter</translation>
    </message>
    <message>
        <source>Single-rate electronic meter</source>
        <translation>Single-rate electronic meter</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>The meter: serial %1</source>
        <translation>The meter: serial %1</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>meter %1</translation>
    </message>
    <message>
        <source>Also on the list:</source>
        <translation>Also on the list:</translation>
    </message>
</context>
<context>
    <name>ta::ScenarioRules</name>
    <message>
        <source>A household counts when its residence at the address is shown by a chip ID card (CCCD) with the address, a CT07 residence certificate, VNeID or a lease of 12 months or more. Any other paper counts only with a leader&apos;s note; one old household book does not make one household.</source>
        <translation>A household counts when its residence at the address is shown by a chip ID card (CCCD) with the address, a CT07 residence certificate, VNeID or a lease of 12 months or more. Any other paper counts only with a leader&apos;s note; one old household book does not make one household.</translation>
    </message>
    <message>
        <source>Renters who do not form a household count by persons: every 4 persons make one household quota; 1, 2 or 3 persons make ¼, ½ or ¾.</source>
        <translation>Renters who do not form a household count by persons: every 4 persons make one household quota; 1, 2 or 3 persons make ¼, ½ or ¾.</translation>
    </message>
    <message>
        <source>Renters on a lease under 12 months whose users the landlord cannot declare: all consumption is billed at tier 3, whatever the households.</source>
        <translation>Renters on a lease under 12 months whose users the landlord cannot declare: all consumption is billed at tier 3, whatever the households.</translation>
    </message>
    <message>
        <source>The shares come from the equipment inventory: kW × quantity × simultaneity × hours a day × days a month for each price group. A share that differs from the agreed ratio by more than the tolerance (5 points) changes the ratio.</source>
        <translation>The shares come from the equipment inventory: kW × quantity × simultaneity × hours a day × days a month for each price group. A share that differs from the agreed ratio by more than the tolerance (5 points) changes the ratio.</translation>
    </message>
    <message>
        <source>A production or business customer whose consumption averages 2,000 kWh a month or more over three consecutive months must buy at three rates. The comparison is exact: 5,999 kWh in three months is an average of 1,999.67 and does not oblige.</source>
        <translation>A production or business customer whose consumption averages 2,000 kWh a month or more over three consecutive months must buy at three rates. The comparison is exact: 5,999 kWh in three months is an average of 1,999.67 and does not oblige.</translation>
    </message>
    <message>
        <source>A production or business customer supplied through a dedicated transformer of 25 kVA or more must buy at three rates, whatever it consumes.</source>
        <translation>A production or business customer supplied through a dedicated transformer of 25 kVA or more must buy at three rates, whatever it consumes.</translation>
    </message>
    <message>
        <source>The three months must be consecutive calendar months. With a month missing there is not enough history: the meter stays as it is and the record says why.</source>
        <translation>The three months must be consecutive calendar months. With a month missing there is not enough history: the meter stays as it is and the record says why.</translation>
    </message>
    <message>
        <source>On a mixed meter only the part billed to production or business counts toward the 2,000 kWh; the household&apos;s own use is left out.</source>
        <translation>On a mixed meter only the part billed to production or business counts toward the 2,000 kWh; the household&apos;s own use is left out.</translation>
    </message>
    <message>
        <source>A customer already on a three-rate meter needs no swap, even when the rule applies.</source>
        <translation>A customer already on a three-rate meter needs no swap, even when the rule applies.</translation>
    </message>
    <message>
        <source>Only production and business customers are obliged to buy at three rates; residential and administrative customers are not.</source>
        <translation>Only production and business customers are obliged to buy at three rates; residential and administrative customers are not.</translation>
    </message>
    <message>
        <source>The serial of the meter on the wall must match the list; a different serial is recorded as an anomaly for the branch to follow up.</source>
        <translation>The serial of the meter on the wall must match the list; a different serial is recorded as an anomaly for the branch to follow up.</translation>
    </message>
    <message>
        <source>A reading below the previous one is an anomaly (a meter replaced, turned back or misread), never a consumption.</source>
        <translation>A reading below the previous one is an anomaly (a meter replaced, turned back or misread), never a consumption.</translation>
    </message>
    <message>
        <source>A reading in line with the typical month, on the meter of the list, is no anomaly.</source>
        <translation>A reading in line with the typical month, on the meter of the list, is no anomaly.</translation>
    </message>
    <message>
        <source>The money impact is the difference between the bills as applied and as proposed over the recovery period: the calendar months before the month of the finding, at most 12, VAT included. Within 1 % counts.</source>
        <translation>The money impact is the difference between the bills as applied and as proposed over the recovery period: the calendar months before the month of the finding, at most 12, VAT included. Within 1 % counts.</translation>
    </message>
    <message>
        <source>When what is found matches the list, the right conclusion is no change: a change proposed without cause bills the customer wrongly.</source>
        <translation>When what is found matches the list, the right conclusion is no change: a change proposed without cause bills the customer wrongly.</translation>
    </message>
    <message>
        <source>Every record carries a photo of the meter showing its serial and its reading.</source>
        <translation>Every record carries a photo of the meter showing its serial and its reading.</translation>
    </message>
    <message>
        <source>The customer signs the record. When the customer refuses, a witness signs and the reason for the refusal is written in the record.</source>
        <translation>The customer signs the record. When the customer refuses, a witness signs and the reason for the refusal is written in the record.</translation>
    </message>
    <message>
        <source>Documents that count</source>
        <translation>Documents that count</translation>
    </message>
    <message>
        <source>Renters&apos; quota</source>
        <translation>Renters&apos; quota</translation>
    </message>
    <message>
        <source>Short lease, users not declared</source>
        <translation>Short lease, users not declared</translation>
    </message>
    <message>
        <source>Ratio from the inventory</source>
        <translation>Ratio from the inventory</translation>
    </message>
    <message>
        <source>2,000 kWh over three months</source>
        <translation>2,000 kWh over three months</translation>
    </message>
    <message>
        <source>Transformer of 25 kVA</source>
        <translation>Transformer of 25 kVA</translation>
    </message>
    <message>
        <source>Three consecutive months</source>
        <translation>Three consecutive months</translation>
    </message>
    <message>
        <source>Business part of a mixed meter</source>
        <translation>Business part of a mixed meter</translation>
    </message>
    <message>
        <source>Already three-rate</source>
        <translation>Already three-rate</translation>
    </message>
    <message>
        <source>Obliged categories</source>
        <translation>Obliged categories</translation>
    </message>
    <message>
        <source>Meter serial</source>
        <translation>Meter serial</translation>
    </message>
    <message>
        <source>Reading below the previous</source>
        <translation>Reading below the previous</translation>
    </message>
    <message>
        <source>Normal reading</source>
        <translation>Normal reading</translation>
    </message>
    <message>
        <source>Recovery period</source>
        <translation>Recovery period</translation>
    </message>
    <message>
        <source>No change without cause</source>
        <translation>No change without cause</translation>
    </message>
    <message>
        <source>Meter photo</source>
        <translation>Meter photo</translation>
    </message>
    <message>
        <source>Signature or witness</source>
        <translation>Signature or witness</translation>
    </message>
</context>
<context>
    <name>ta::ScoreBook</name>
    <message>
        <source>%1 is not a score file.</source>
        <translation>%1 is not a score file.</translation>
    </message>
    <message>
        <source>%1: format: &quot;%2&quot; expected.</source>
        <translation>%1: format: &quot;%2&quot; expected.</translation>
    </message>
    <message>
        <source>%1: trainee: the trainee&apos;s name is missing.</source>
        <translation>%1: trainee: the trainee&apos;s name is missing.</translation>
    </message>
    <message>
        <source>%1: attempts[%2]: the scenario or the start is missing.</source>
        <translation>%1: attempts[%2]: the scenario or the start is missing.</translation>
    </message>
    <message>
        <source>%1: attempts[%2]: a score of %3 out of %4 is not possible.</source>
        <translation>%1: attempts[%2]: a score of %3 out of %4 is not possible.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Minutes:seconds</source>
        <translation>Minutes:seconds</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Rules missed</source>
        <translation>Rules missed</translation>
    </message>
    <message>
        <source>Training score sheet</source>
        <translation>Training score sheet</translation>
    </message>
    <message>
        <source>%1 · card %2 · %3</source>
        <translation>%1 · card %2 · %3</translation>
    </message>
    <message>
        <source>%1 scenarios done, %2 of %3 points (%4 %), %5 minutes of practice.</source>
        <translation>%1 scenarios done, %2 of %3 points (%4 %), %5 minutes of practice.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Mistakes by rule</source>
        <translation>Mistakes by rule</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Page %1 of %2 · %3</translation>
    </message>
</context>
<context>
    <name>ta::Scorer</name>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Households change</source>
        <translation>Households change</translation>
    </message>
    <message>
        <source>Tier 3 for undeclared renters</source>
        <translation>Tier 3 for undeclared renters</translation>
    </message>
    <message>
        <source>Price ratio changes</source>
        <translation>Price ratio changes</translation>
    </message>
    <message>
        <source>Shares from the inventory</source>
        <translation>Shares from the inventory</translation>
    </message>
    <message>
        <source>Three-rate obligation</source>
        <translation>Three-rate obligation</translation>
    </message>
    <message>
        <source>Meter swap</source>
        <translation>Meter swap</translation>
    </message>
    <message>
        <source>Reading anomalies</source>
        <translation>Reading anomalies</translation>
    </message>
    <message>
        <source>Money impact</source>
        <translation>Money impact</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Any change</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>nobody signed</source>
        <translation>nobody signed</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>must buy at three rates</source>
        <translation>must buy at three rates</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>not obliged</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>not enough history</translation>
    </message>
    <message>
        <source>the rule does not apply</source>
        <translation>the rule does not apply</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>a witness (the customer refused)</source>
        <translation>a witness (the customer refused)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
</context>
<context>
    <name>ta::SearchIndex</name>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>The search index could not be updated: %1</translation>
    </message>
    <message>
        <source>The data file is busy; the search index is built later.</source>
        <translation>The data file is busy; the search index is built later.</translation>
    </message>
</context>
<context>
    <name>ta::SecretStore</name>
    <message>
        <source>No secret named &quot;%1&quot; is stored.</source>
        <translation>No secret named &quot;%1&quot; is stored.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>The system keychain is not available: %1</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>system keychain</translation>
    </message>
</context>
<context>
    <name>ta::Session</name>
    <message>
        <source>Training data can only be reset in training mode.</source>
        <translation>Training data can only be reset in training mode.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>No tariff book with the SHA-256 %1 is loaded.</source>
        <translation>No tariff book with the SHA-256 %1 is loaded.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Training records never leave the tablet: training mode has no sync.</source>
        <translation>Training records never leave the tablet: training mode has no sync.</translation>
    </message>
    <message>
        <source>No keychain: the device key that proves this tablet cannot be read.</source>
        <translation>No keychain: the device key that proves this tablet cannot be read.</translation>
    </message>
    <message>
        <source>this tablet</source>
        <translation>this tablet</translation>
    </message>
    <message>
        <source>Only a trainer can reset the training data.</source>
        <translation>Only a trainer can reset the training data.</translation>
    </message>
</context>
<context>
    <name>ta::SettingsPage</name>
    <message>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1. They hold no PIN and no customer data.</source>
        <translation>The diagnostics were saved to %1. They hold no PIN and no customer data.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes</source>
        <translation>&amp;Lock after this many idle minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>%1 · %2
Card number: %3
Branch: %4</source>
        <translation>%1 · %2
Card number: %3
Branch: %4</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>Puts the generated training customers back to their initial state. Work done in training mode is discarded; real data is never touched.</source>
        <translation>Puts the generated training customers back to their initial state. Work done in training mode is discarded; real data is never touched.</translation>
    </message>
    <message>
        <source>Reset training data</source>
        <translation>Reset training data</translation>
    </message>
    <message>
        <source>Saves versions, settings and the recent log into one text file for the branch&apos;s IT. Data folder: %1</source>
        <translation>Saves versions, settings and the recent log into one text file for the branch&apos;s IT. Data folder: %1</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Export diagnostics…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffs</translation>
    </message>
    <message>
        <source>Price ratio due for a check after</source>
        <translation>Price ratio due for a check after</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>A jump: a month above the previous 3 by</source>
        <translation>A jump: a month above the previous 3 by</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A drop: a month below the previous 3 at</source>
        <translation>A drop: a month below the previous 3 at</translation>
    </message>
    <message>
        <source>Apply to the worklist now</source>
        <translation>Apply to the worklist now</translation>
    </message>
    <message>
        <source>At the door, a price ratio changes when a share differs by more than</source>
        <translation>At the door, a price ratio changes when a share differs by more than</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Signing key of this device</source>
        <translation>Signing key of this device</translation>
    </message>
    <message>
        <source>Records are signed with a key kept in the system keychain. Its public half identifies this device to the branch server.</source>
        <translation>Records are signed with a key kept in the system keychain. Its public half identifies this device to the branch server.</translation>
    </message>
    <message>
        <source>Show the public key</source>
        <translation>Show the public key</translation>
    </message>
    <message>
        <source>Export the public key…</source>
        <translation>Export the public key…</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>No keychain is available on this device.</source>
        <translation>No keychain is available on this device.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Public key (Ed25519): %1
Fingerprint: %2</source>
        <translation>Public key (Ed25519): %1
Fingerprint: %2</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Export the public key</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Key files (*.json)</translation>
    </message>
    <message>
        <source>The public key was saved to %1. Give it to the branch&apos;s IT to register this device.</source>
        <translation>The public key was saved to %1. Give it to the branch&apos;s IT to register this device.</translation>
    </message>
    <message>
        <source>Pre-screening and checks: the branch&apos;s preferences</source>
        <translation>Pre-screening and checks: the branch&apos;s preferences</translation>
    </message>
    <message>
        <source>Set by law, not here: a three-rate meter from %1 kWh a month over %2 consecutive months or a %3 kVA dedicated transformer; %4 renters make one household quota; back-billing over at most %5 months. They come with the tariff data (Tariffs tab).</source>
        <translation>Set by law, not here: a three-rate meter from %1 kWh a month over %2 consecutive months or a %3 kVA dedicated transformer; %4 renters make one household quota; back-billing over at most %5 months. They come with the tariff data (Tariffs tab).</translation>
    </message>
    <message>
        <source>Branch server</source>
        <translation>Branch server</translation>
    </message>
    <message>
        <source>About and diagnostics</source>
        <translation>About and diagnostics</translation>
    </message>
    <message>
        <source>Tariff Audit %1.</source>
        <translation>Tariff Audit %1.</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Add a profile…</translation>
    </message>
    <message>
        <source>The branch&apos;s pre-screen rules are set by a branch leader.</source>
        <translation>The branch&apos;s pre-screen rules are set by a branch leader.</translation>
    </message>
</context>
<context>
    <name>ta::SignInPage</name>
    <message>
        <source>Choose your profile first.</source>
        <translation>Choose your profile first.</translation>
    </message>
    <message>
        <source>Training: choose a practice profile</source>
        <translation>Training: choose a practice profile</translation>
    </message>
    <message>
        <source>Who is using this device?</source>
        <translation>Who is using this device?</translation>
    </message>
    <message>
        <source>Choose your profile, then enter your PIN.</source>
        <translation>Choose your profile, then enter your PIN.</translation>
    </message>
    <message>
        <source>Every training profile uses the PIN %1. Training customers are generated and never mix with real data.</source>
        <translation>Every training profile uses the PIN %1. Training customers are generated and never mix with real data.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Leave training mode</source>
        <translation>Leave training mode</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
</context>
<context>
    <name>ta::SignedRecord</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing from %2.</source>
        <translation>The evidence file %1 is missing from %2.</translation>
    </message>
    <message>
        <source>%1 in %2 is a link; a record folder holds its own files.</source>
        <translation>%1 in %2 is a link; a record folder holds its own files.</translation>
    </message>
    <message>
        <source>record.json is not a JSON object.</source>
        <translation>record.json is not a JSON object.</translation>
    </message>
</context>
<context>
    <name>ta::StepPage</name>
    <message>
        <source>At stake: %1 a month, %2 over the recovery period.</source>
        <translation>At stake: %1 a month, %2 over the recovery period.</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation>Taken at %1</translation>
    </message>
</context>
<context>
    <name>ta::SummaryStep</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Proposed:</translation>
    </message>
    <message>
        <source>%1, %2 households, %3 meter. %4 a month, %5 over the recovery period.</source>
        <translation>%1, %2 households, %3 meter. %4 a month, %5 over the recovery period.</translation>
    </message>
    <message>
        <source>three-rate</source>
        <translation>three-rate</translation>
    </message>
    <message>
        <source>single-rate</source>
        <translation>single-rate</translation>
    </message>
    <message>
        <source>keep the current price application.</source>
        <translation>keep the current price application.</translation>
    </message>
    <message>
        <source>The customer&apos;s signature drawn earlier is kept; draw again to replace it.</source>
        <translation>The customer&apos;s signature drawn earlier is kept; draw again to replace it.</translation>
    </message>
    <message>
        <source>The inspector&apos;s signature drawn earlier is kept; draw again to replace it.</source>
        <translation>The inspector&apos;s signature drawn earlier is kept; draw again to replace it.</translation>
    </message>
    <message>
        <source>The witness&apos;s signature drawn earlier is kept; draw again to replace it.</source>
        <translation>The witness&apos;s signature drawn earlier is kept; draw again to replace it.</translation>
    </message>
    <message>
        <source>Ready to sign the record.</source>
        <translation>Ready to sign the record.</translation>
    </message>
    <message>
        <source>The customer&apos;s statement:</source>
        <translation>The customer&apos;s statement:</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Add a photo…</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Customer&apos;s signature</translation>
    </message>
    <message>
        <source>Inspector&apos;s signature</source>
        <translation>Inspector&apos;s signature</translation>
    </message>
    <message>
        <source>Witness (the customer refused to sign)</source>
        <translation>Witness (the customer refused to sign)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>The customer refuses to sign</source>
        <translation>The customer refuses to sign</translation>
    </message>
    <message>
        <source>Why the customer refuses</source>
        <translation>Why the customer refuses</translation>
    </message>
    <message>
        <source>Witness&apos;s name and title</source>
        <translation>Witness&apos;s name and title</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>Sign the record</translation>
    </message>
    <message>
        <source>Preview of the record</source>
        <translation>Preview of the record</translation>
    </message>
    <message>
        <source>Preview of the record — not signed yet</source>
        <translation>Preview of the record — not signed yet</translation>
    </message>
    <message>
        <source>Show the record</source>
        <translation>Show the record</translation>
    </message>
</context>
<context>
    <name>ta::TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>ta::TariffApprovals</name>
    <message>
        <source>Only a branch leader can accept a tariff book.</source>
        <translation>Only a branch leader can accept a tariff book.</translation>
    </message>
    <message>
        <source>The acceptance could not be saved: %1</source>
        <translation>The acceptance could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ta::TariffBook</name>
    <message>
        <source>Tariff book %1, field %2: %3</source>
        <translation>Tariff book %1, field %2: %3</translation>
    </message>
    <message>
        <source>a text is required.</source>
        <translation>a text is required.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is required.</source>
        <translation>a date (YYYY-MM-DD) is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>a price in dong per kWh is required.</source>
        <translation>a price in dong per kWh is required.</translation>
    </message>
    <message>
        <source>the price %1 is negative.</source>
        <translation>the price %1 is negative.</translation>
    </message>
    <message>
        <source>the price %1 is not a whole number of dong.</source>
        <translation>the price %1 is not a whole number of dong.</translation>
    </message>
    <message>
        <source>unknown voltage class &quot;%1&quot; (not in voltageBands).</source>
        <translation>unknown voltage class &quot;%1&quot; (not in voltageBands).</translation>
    </message>
    <message>
        <source>Tariff book %1 must be a JSON object.</source>
        <translation>Tariff book %1 must be a JSON object.</translation>
    </message>
    <message>
        <source>only format 1 is known.</source>
        <translation>only format 1 is known.</translation>
    </message>
    <message>
        <source>ends before it starts.</source>
        <translation>ends before it starts.</translation>
    </message>
    <message>
        <source>no voltage bands.</source>
        <translation>no voltage bands.</translation>
    </message>
    <message>
        <source>a lower bound in kV (0 or more) is required.</source>
        <translation>a lower bound in kV (0 or more) is required.</translation>
    </message>
    <message>
        <source>the upper bound must exceed the lower one.</source>
        <translation>the upper bound must exceed the lower one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice.</source>
        <translation>&quot;%1&quot; is defined twice.</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is defined twice.</source>
        <translation>group &quot;%1&quot; is defined twice.</translation>
    </message>
    <message>
        <source>no tiers.</source>
        <translation>no tiers.</translation>
    </message>
    <message>
        <source>tier bounds must increase: %1 does not exceed %2.</source>
        <translation>tier bounds must increase: %1 does not exceed %2.</translation>
    </message>
    <message>
        <source>the last tier must be open (no upTo).</source>
        <translation>the last tier must be open (no upTo).</translation>
    </message>
    <message>
        <source>only the last tier may be open.</source>
        <translation>only the last tier may be open.</translation>
    </message>
    <message>
        <source>there is no tier %1.</source>
        <translation>there is no tier %1.</translation>
    </message>
    <message>
        <source>no prices by voltage.</source>
        <translation>no prices by voltage.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (ladder, tou or flat).</source>
        <translation>unknown kind &quot;%1&quot; (ladder, tou or flat).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price-group code (2 to 8 letters or digits).</source>
        <translation>&quot;%1&quot; is not a price-group code (2 to 8 letters or digits).</translation>
    </message>
    <message>
        <source>the code %1 already names group &quot;%2&quot;.</source>
        <translation>the code %1 already names group &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>at least one CMIS price-group code is required.</source>
        <translation>at least one CMIS price-group code is required.</translation>
    </message>
    <message>
        <source>no price group.</source>
        <translation>no price group.</translation>
    </message>
    <message>
        <source>Tariff book %1</source>
        <translation>Tariff book %1</translation>
    </message>
</context>
<context>
    <name>ta::TariffLibrary</name>
    <message>
        <source>Tariff book %1: decision %2 is already loaded from %3.</source>
        <translation>Tariff book %1: decision %2 is already loaded from %3.</translation>
    </message>
    <message>
        <source>Tariff book %1: its dates (from %2) overlap decision %3 (from %4).</source>
        <translation>Tariff book %1: its dates (from %2) overlap decision %3 (from %4).</translation>
    </message>
    <message>
        <source>Tariff book %1: the code %2 names group &quot;%3&quot; here but &quot;%4&quot; in decision %5.</source>
        <translation>Tariff book %1: the code %2 names group &quot;%3&quot; here but &quot;%4&quot; in decision %5.</translation>
    </message>
    <message>
        <source>Tariff book %1: group &quot;%2&quot; is of category &quot;%3&quot; here but &quot;%4&quot; in decision %5.</source>
        <translation>Tariff book %1: group &quot;%2&quot; is of category &quot;%3&quot; here but &quot;%4&quot; in decision %5.</translation>
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
        <translation>from %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Tier or voltage</source>
        <translation>Tier or voltage</translation>
    </message>
    <message>
        <source>Normal / price</source>
        <translation>Normal / price</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Off-peak</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>Tier %1: %2–%3 kWh</source>
        <translation>Tier %1: %2–%3 kWh</translation>
    </message>
    <message>
        <source>Tier %1: above %2 kWh</source>
        <translation>Tier %1: above %2 kWh</translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <translation>Prepaid card</translation>
    </message>
    <message>
        <source>Prices in dong per kWh, VAT excluded. To add a newer decision, place its book file (JSON, see docs/tariff-books.md) in %1 and restart; a file with errors is refused and the books below stay in use.</source>
        <translation>Prices in dong per kWh, VAT excluded. To add a newer decision, place its book file (JSON, see docs/tariff-books.md) in %1 and restart; a file with errors is refused and the books below stay in use.</translation>
    </message>
    <message>
        <source>VAT on electricity today: %1 % (%2).</source>
        <translation>VAT on electricity today: %1 % (%2).</translation>
    </message>
    <message>
        <source>Bill with the time-of-use hours of 04/2026 from</source>
        <translation>Bill with the time-of-use hours of 04/2026 from</translation>
    </message>
    <message>
        <source>Time-of-use hours in force today: %1 (%2).</source>
        <translation>Time-of-use hours in force today: %1 (%2).</translation>
    </message>
    <message>
        <source>waiting for a leader</source>
        <translation>waiting for a leader</translation>
    </message>
    <message>
        <source>Built into the program.</source>
        <translation>Built into the program.</translation>
    </message>
    <message>
        <source>File %1, accepted by a branch leader.</source>
        <translation>File %1, accepted by a branch leader.</translation>
    </message>
    <message>
        <source>File %1: it prices nothing until a branch leader signed in accepts it.</source>
        <translation>File %1: it prices nothing until a branch leader signed in accepts it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, in force from %2.&lt;br&gt;Source: %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;&lt;tt&gt;SHA-256 %6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, in force from %2.&lt;br&gt;Source: %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;&lt;tt&gt;SHA-256 %6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>A branch leader must be signed in.</source>
        <translation>A branch leader must be signed in.</translation>
    </message>
    <message>
        <source>Accept a tariff book</source>
        <translation>Accept a tariff book</translation>
    </message>
    <message>
        <source>Decision %1 from the file %2 (SHA-256 %3) will price bills and records from %4 on this device. Accept it?</source>
        <translation>Decision %1 from the file %2 (SHA-256 %3) will price bills and records from %4 on this device. Accept it?</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Accept this book</source>
        <translation>Accept this book</translation>
    </message>
    <message>
        <source>%1 (to check)</source>
        <translation>%1 (to check)</translation>
    </message>
    <message>
        <source>Legal thresholds in force (rule set %1, from %2): three-rate meter from %3 kWh a month over %4 consecutive months or a %5 kVA dedicated transformer — %6. Households: %7 renters = 1 quota, lease under %8 months — %9. Back-billing over at most %10 months — %11.</source>
        <translation>Legal thresholds in force (rule set %1, from %2): three-rate meter from %3 kWh a month over %4 consecutive months or a %5 kVA dedicated transformer — %6. Households: %7 renters = 1 quota, lease under %8 months — %9. Back-billing over at most %10 months — %11.</translation>
    </message>
    <message>
        <source>No legal rule set covers today: the checks cannot decide (resources/tariffs/regulations.json).</source>
        <translation>No legal rule set covers today: the checks cannot decide (resources/tariffs/regulations.json).</translation>
    </message>
</context>
<context>
    <name>ta::ThreeRateStep</name>
    <message>
        <source>A three-rate meter is fitted or planned</source>
        <translation>A three-rate meter is fitted or planned</translation>
    </message>
    <message>
        <source>Swap date</source>
        <translation>Swap date</translation>
    </message>
    <message>
        <source>New meter serial</source>
        <translation>New meter serial</translation>
    </message>
    <message>
        <source>Opening reading, normal</source>
        <translation>Opening reading, normal</translation>
    </message>
    <message>
        <source>Opening reading, peak</source>
        <translation>Opening reading, peak</translation>
    </message>
    <message>
        <source>Opening reading, off-peak</source>
        <translation>Opening reading, off-peak</translation>
    </message>
</context>
<context>
    <name>ta::TouCalendar</name>
    <message>
        <source>Time-of-use hours %1, field %2: %3</source>
        <translation>Time-of-use hours %1, field %2: %3</translation>
    </message>
    <message>
        <source>an id is required.</source>
        <translation>an id is required.</translation>
    </message>
    <message>
        <source>not a date written YYYY-MM-DD.</source>
        <translation>not a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span HH:mm-HH:mm.</source>
        <translation>&quot;%1&quot; is not a span HH:mm-HH:mm.</translation>
    </message>
    <message>
        <source>Time-of-use hours %1</source>
        <translation>Time-of-use hours %1</translation>
    </message>
    <message>
        <source>a JSON object is expected.</source>
        <translation>a JSON object is expected.</translation>
    </message>
</context>
<context>
    <name>ta::TrainingBanner</name>
    <message>
        <source>Generated customers for practice only. Nothing here is real or leaves this device.</source>
        <translation>Generated customers for practice only. Nothing here is real or leaves this device.</translation>
    </message>
</context>
<context>
    <name>ta::TrainingData</name>
    <message>
        <source>The training database is busy.</source>
        <translation>The training database is busy.</translation>
    </message>
    <message>
        <source>Cancelled: the training data was left as it was.</source>
        <translation>Cancelled: the training data was left as it was.</translation>
    </message>
    <message>
        <source>The training data file is busy.</source>
        <translation>The training data file is busy.</translation>
    </message>
</context>
<context>
    <name>ta::TrustedKeys</name>
    <message>
        <source>%1: a list of trusted keys is expected ({&quot;keys&quot;: [{&quot;device&quot;, &quot;name&quot;, &quot;publicKey&quot;}]}).</source>
        <translation>%1: a list of trusted keys is expected ({&quot;keys&quot;: [{&quot;device&quot;, &quot;name&quot;, &quot;publicKey&quot;}]}).</translation>
    </message>
    <message>
        <source>%1: keys[%2].publicKey is not a base64 Ed25519 public key.</source>
        <translation>%1: keys[%2].publicKey is not a base64 Ed25519 public key.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>ta::VatSchedule</name>
    <message>
        <source>VAT rates %1, field %2: %3</source>
        <translation>VAT rates %1, field %2: %3</translation>
    </message>
    <message>
        <source>a rate from 0 to 100 is required.</source>
        <translation>a rate from 0 to 100 is required.</translation>
    </message>
    <message>
        <source>a valid date range is required.</source>
        <translation>a valid date range is required.</translation>
    </message>
    <message>
        <source>overlaps another period.</source>
        <translation>overlaps another period.</translation>
    </message>
    <message>
        <source>VAT rates %1</source>
        <translation>VAT rates %1</translation>
    </message>
    <message>
        <source>a JSON object is expected.</source>
        <translation>a JSON object is expected.</translation>
    </message>
</context>
<context>
    <name>ta::WorklistPage</name>
    <message>
        <source>Import a customer list</source>
        <translation>Import a customer list</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>%1: %2 rows. New %3, updated %4, unchanged %5, rejected %6. %7 customers have a warning.</source>
        <translation>%1: %2 rows. New %3, updated %4, unchanged %5, rejected %6. %7 customers have a warning.</translation>
    </message>
    <message>
        <source>%1 of %2 customers need a visit.</source>
        <translation>%1 of %2 customers need a visit.</translation>
    </message>
    <message>
        <source>%1 of %2 customers.</source>
        <translation>%1 of %2 customers.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Rejected rows of %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Export rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported. Fix them in the file and import it again; the rows already imported will not change.</source>
        <translation>
            <numerusform>%n row was not imported. Fix it in the file and import it again; the rows already imported will not change.</numerusform>
            <numerusform>%n rows were not imported. Fix them in the file and import it again; the rows already imported will not change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the flagged customers</source>
        <translation>Export the flagged customers</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>The template was saved to %1. Its columns are explained in docs/import-template.md.</source>
        <translation>The template was saved to %1. Its columns are explained in docs/import-template.md.</translation>
    </message>
    <message>
        <source>Search code, name, address, meter, phone — with or without marks</source>
        <translation>Search code, name, address, meter, phone — with or without marks</translation>
    </message>
    <message>
        <source>To visit (warnings)</source>
        <translation>To visit (warnings)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Every warning</source>
        <translation>Every warning</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>Export warnings…</source>
        <translation>Export warnings…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>Pre-screening the customers…</source>
        <translation>Pre-screening the customers…</translation>
    </message>
    <message>
        <source>Customer lists (*.xlsx *.csv *.txt)</source>
        <translation>Customer lists (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 visits planned for today, in route order.</source>
        <translation>%1 visits planned for today, in route order.</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>Select the customers first (tap the rows).</source>
        <translation>Select the customers first (tap the rows).</translation>
    </message>
    <message>
        <source>Today&apos;s visits (route order)</source>
        <translation>Today&apos;s visits (route order)</translation>
    </message>
    <message>
        <source>Add to today</source>
        <translation>Add to today</translation>
    </message>
    <message>
        <source>Remove from today</source>
        <translation>Remove from today</translation>
    </message>
    <message>
        <source>These fields still have no column: %1.</source>
        <translation>These fields still have no column: %1.</translation>
    </message>
    <message>
        <source>Pre-screening</source>
        <translation>Pre-screening</translation>
    </message>
    <message>
        <source>Exporting the flagged customers…</source>
        <translation>Exporting the flagged customers…</translation>
    </message>
    <message>
        <source>Every substation</source>
        <translation>Every substation</translation>
    </message>
    <message>
        <source>Every route book</source>
        <translation>Every route book</translation>
    </message>
    <message>
        <source>Every price group</source>
        <translation>Every price group</translation>
    </message>
    <message>
        <source>Every visit status</source>
        <translation>Every visit status</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Reading the columns of %1…</source>
        <translation>Reading the columns of %1…</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Select the customer first (tap the row).</source>
        <translation>Select the customer first (tap the row).</translation>
    </message>
    <message>
        <source>%1 customers a branch leader assigned to you.</source>
        <translation>%1 customers a branch leader assigned to you.</translation>
    </message>
    <message>
        <source>Assigned by the branch</source>
        <translation>Assigned by the branch</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Campaign “%1” created. Assign its customers to inspectors with Assign.</source>
        <translation>Campaign “%1” created. Assign its customers to inspectors with Assign.</translation>
    </message>
    <message>
        <source>Assign customers</source>
        <translation>Assign customers</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) assigned to %1; the tablet receives them with its next sync.</source>
        <translation>
            <numerusform>%n customer assigned to %1; the tablet receives it with its next sync.</numerusform>
            <numerusform>%n customer(s) assigned to %1; the tablet receives them with its next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Leaders: a campaign from the list as filtered above, or its customers sent to an inspector&apos;s tablet.</source>
        <translation>Leaders: a campaign from the list as filtered above, or its customers sent to an inspector&apos;s tablet.</translation>
    </message>
    <message>
        <source>Building the search index: %1 % of the customers. Until it is done, names and addresses are found among the customers indexed so far; customer codes are found among all.</source>
        <translation>Building the search index: %1 % of the customers. Until it is done, names and addresses are found among the customers indexed so far; customer codes are found among all.</translation>
    </message>
    <message>
        <source>The search index could not be finished (%1); it is tried again at the next sign-in.</source>
        <translation>The search index could not be finished (%1); it is tried again at the next sign-in.</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Building the search index…</translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are shown; Export as CSV writes the first %3.</source>
        <translation>The first %1 of %2 problems are shown; Export as CSV writes the first %3.</translation>
    </message>
    <message>
        <source>%1 customers flagged, %2 of them with an impact unknown before a visit. Warnings changed for %3 customers since the last pre-screen.</source>
        <translation>%1 customers flagged, %2 of them with an impact unknown before a visit. Warnings changed for %3 customers since the last pre-screen.</translation>
    </message>
    <message>
        <source>The list is being put in order; select the customer once it is shown.</source>
        <translation>The list is being put in order; select the customer once it is shown.</translation>
    </message>
    <message>
        <source>Putting them in order…</source>
        <translation>Putting them in order…</translation>
    </message>
    <message>
        <source>Counting the customers and putting them in order…</source>
        <translation>Counting the customers and putting them in order…</translation>
    </message>
</context>
<context>
    <name>ta::XlsxReader</name>
    <message>
        <source>this is not a readable .xlsx workbook (its zip directory cannot be read).</source>
        <translation>this is not a readable .xlsx workbook (its zip directory cannot be read).</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>the workbook has no worksheet.</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot; (sheets: %2).</source>
        <translation>the workbook has no sheet named &quot;%1&quot; (sheets: %2).</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml has more than %1 strings.</source>
        <translation>xl/sharedStrings.xml has more than %1 strings.</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; (%2) is missing from the workbook.</source>
        <translation>the sheet &quot;%1&quot; (%2) is missing from the workbook.</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (%1 is missing).</source>
        <translation>this is not an .xlsx workbook (%1 is missing).</translation>
    </message>
    <message>
        <source>%1 cannot be read from the workbook.</source>
        <translation>%1 cannot be read from the workbook.</translation>
    </message>
    <message>
        <source>%1 inflates to %2 bytes; at most %3 are read.</source>
        <translation>%1 inflates to %2 bytes; at most %3 are read.</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>elements are nested more than %1 deep</translation>
    </message>
    <message>
        <source>%1 is damaged at line %2 of its XML (%3).</source>
        <translation>%1 is damaged at line %2 of its XML (%3).</translation>
    </message>
    <message>
        <source>after row %1: the row number &quot;%2&quot; is not a number.</source>
        <translation>after row %1: the row number &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>row %1 comes after row %2; rows must be in order.</source>
        <translation>row %1 comes after row %2; rows must be in order.</translation>
    </message>
    <message>
        <source>row %1 is past row %2, the last row of a sheet.</source>
        <translation>row %1 is past row %2, the last row of a sheet.</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not a cell reference.</source>
        <translation>row %1: &quot;%2&quot; is not a cell reference.</translation>
    </message>
    <message>
        <source>cell %1 is past column %2; a customer list has at most %3 columns.</source>
        <translation>cell %1 is past column %2; a customer list has at most %3 columns.</translation>
    </message>
    <message>
        <source>cell %1 comes after cell %2 in its row; cells must be in order.</source>
        <translation>cell %1 comes after cell %2 in its row; cells must be in order.</translation>
    </message>
    <message>
        <source>cell %1: the text is longer than %2 characters.</source>
        <translation>cell %1: the text is longer than %2 characters.</translation>
    </message>
    <message>
        <source>the sheet is damaged near row %1 (%2).</source>
        <translation>the sheet is damaged near row %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (zip error %2).</source>
        <translation>%1 is damaged (zip error %2).</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 bytes.</source>
        <translation>%1 inflates to more than %2 bytes.</translation>
    </message>
    <message>
        <source>the workbook&apos;s parts inflate to more than %1 bytes.</source>
        <translation>the workbook&apos;s parts inflate to more than %1 bytes.</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 times its compressed size, as a zip bomb does.</source>
        <translation>%1 inflates to more than %2 times its compressed size, as a zip bomb does.</translation>
    </message>
    <message>
        <source>%1 has a text or a tag longer than %2 bytes.</source>
        <translation>%1 has a text or a tag longer than %2 bytes.</translation>
    </message>
</context>
<context>
    <name>ta::canonicalJson</name>
    <message>
        <source>%1: %2 is not a whole number; write fractions as text.</source>
        <translation>%1: %2 is not a whole number; write fractions as text.</translation>
    </message>
</context>
<context>
    <name>ta::review::Campaigns</name>
    <message>
        <source>The campaigns could not be updated: %1</source>
        <translation>The campaigns could not be updated: %1</translation>
    </message>
    <message>
        <source>Households to re-check</source>
        <translation>Households to re-check</translation>
    </message>
    <message>
        <source>Price ratios of multi-purpose meters</source>
        <translation>Price ratios of multi-purpose meters</translation>
    </message>
    <message>
        <source>Administrative customers at 100 % administrative price</source>
        <translation>Administrative customers at 100 % administrative price</translation>
    </message>
    <message>
        <source>Single-rate business meters (three-rate rule)</source>
        <translation>Single-rate business meters (three-rate rule)</translation>
    </message>
    <message>
        <source>Campaign name: between 1 and 120 characters are expected.</source>
        <translation>Campaign name: between 1 and 120 characters are expected.</translation>
    </message>
    <message>
        <source>Campaign kind: &quot;%1&quot; is not one of the four kinds.</source>
        <translation>Campaign kind: &quot;%1&quot; is not one of the four kinds.</translation>
    </message>
    <message>
        <source>Planned visits: a number from 1 to 10,000,000 is expected, not %1.</source>
        <translation>Planned visits: a number from 1 to 10,000,000 is expected, not %1.</translation>
    </message>
    <message>
        <source>Deadline: a date is expected.</source>
        <translation>Deadline: a date is expected.</translation>
    </message>
    <message>
        <source>Campaign name: &quot;%1&quot; is already used by another campaign.</source>
        <translation>Campaign name: &quot;%1&quot; is already used by another campaign.</translation>
    </message>
    <message>
        <source>The campaigns could not be updated: the data file is busy.</source>
        <translation>The campaigns could not be updated: the data file is busy.</translation>
    </message>
    <message>
        <source>The server sent an assignment without a customer code.</source>
        <translation>The server sent an assignment without a customer code.</translation>
    </message>
</context>
<context>
    <name>ta::review::CmisExport</name>
    <message>
        <source>An approved record cannot be read: %1</source>
        <translation>An approved record cannot be read: %1</translation>
    </message>
    <message>
        <source>Record %1 has no visit time.</source>
        <translation>Record %1 has no visit time.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation>the file cannot be created.</translation>
    </message>
    <message>
        <source>the file cannot be replaced.</source>
        <translation>the file cannot be replaced.</translation>
    </message>
</context>
<context>
    <name>ta::review::Dashboard</name>
    <message>
        <source>Households changed</source>
        <translation>Households changed</translation>
    </message>
    <message>
        <source>Price ratio changed</source>
        <translation>Price ratio changed</translation>
    </message>
    <message>
        <source>Meter swap proposed</source>
        <translation>Meter swap proposed</translation>
    </message>
    <message>
        <source>Reading anomalous</source>
        <translation>Reading anomalous</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Same day</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 days</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4–7 days</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation>8–14 days</translation>
    </message>
    <message>
        <source>More than 14 days</source>
        <translation>More than 14 days</translation>
    </message>
    <message>
        <source>The dashboards could not read the review queue: %1</source>
        <translation>The dashboards could not read the review queue: %1</translation>
    </message>
    <message>
        <source>The dashboards could not read the assignments: %1</source>
        <translation>The dashboards could not read the assignments: %1</translation>
    </message>
    <message>
        <source>The dashboards could not read the campaigns: %1</source>
        <translation>The dashboards could not read the campaigns: %1</translation>
    </message>
    <message>
        <source>The dashboards could not read the inspections: %1</source>
        <translation>The dashboards could not read the inspections: %1</translation>
    </message>
</context>
<context>
    <name>ta::review::Reconciliation</name>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Not applied yet</translation>
    </message>
    <message>
        <source>Not applied, overdue</source>
        <translation>Not applied, overdue</translation>
    </message>
    <message>
        <source>Changed otherwise</source>
        <translation>Changed otherwise</translation>
    </message>
    <message>
        <source>Not in the customer list</source>
        <translation>Not in the customer list</translation>
    </message>
    <message>
        <source>The approved records could not be read: %1</source>
        <translation>The approved records could not be read: %1</translation>
    </message>
    <message>
        <source>%1: the record says %2 → %3, the list holds %4</source>
        <translation>%1: the record says %2 → %3, the list holds %4</translation>
    </message>
    <message>
        <source>only some of the changes were applied</source>
        <translation>only some of the changes were applied</translation>
    </message>
</context>
<context>
    <name>ta::review::ReviewQueue</name>
    <message>
        <source>The review queue could not be updated: %1</source>
        <translation>The review queue could not be updated: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>Replaced by a correction</translation>
    </message>
    <message>
        <source>The review queue could not be updated: the data file is busy.</source>
        <translation>The review queue could not be updated: the data file is busy.</translation>
    </message>
    <message>
        <source>The server sent a queue entry that is not a record (%1/%2).</source>
        <translation>The server sent a queue entry that is not a record (%1/%2).</translation>
    </message>
    <message>
        <source>The server sent an unknown review status &quot;%1&quot;.</source>
        <translation>The server sent an unknown review status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 is not in the review queue.</source>
        <translation>Record %1 is not in the review queue.</translation>
    </message>
    <message>
        <source>This revision was replaced by a correction; decide on the newer one.</source>
        <translation>This revision was replaced by a correction; decide on the newer one.</translation>
    </message>
    <message>
        <source>This revision was already decided (%1).</source>
        <translation>This revision was already decided (%1).</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>Write what the inspector must correct: a returned record needs a comment.</source>
        <translation>Write what the inspector must correct: a returned record needs a comment.</translation>
    </message>
    <message>
        <source>The decision could not be signed with this device&apos;s key.</source>
        <translation>The decision could not be signed with this device&apos;s key.</translation>
    </message>
</context>
<context>
    <name>ta::review::ReviewQueueModel</name>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Signature verified with the tablet&apos;s registered key</source>
        <translation>Signature verified with the tablet&apos;s registered key</translation>
    </message>
    <message>
        <source>The signature does NOT verify with a registered key</source>
        <translation>The signature does NOT verify with a registered key</translation>
    </message>
    <message>
        <source>This customer was not assigned to the inspector</source>
        <translation>This customer was not assigned to the inspector</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (revision %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (not sent yet)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>At stake</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ta::server::BlobStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 cannot be stored durably.</source>
        <translation>%1 cannot be stored durably.</translation>
    </message>
    <message>
        <source>No file %1 is stored.</source>
        <translation>No file %1 is stored.</translation>
    </message>
</context>
<context>
    <name>ta::server::HttpServer</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 is not an IP address.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>ta::server::ServerIdentity</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 cannot be created.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the keys.</source>
        <translation>OpenSSL could not make the keys.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificates.</source>
        <translation>OpenSSL could not sign the certificates.</translation>
    </message>
    <message>
        <source>%1 already holds a server; nothing was changed.</source>
        <translation>%1 already holds a server; nothing was changed.</translation>
    </message>
    <message>
        <source>libsodium could not make the receipt key.</source>
        <translation>libsodium could not make the receipt key.</translation>
    </message>
    <message>
        <source>%1 holds no server (run tariff-audit-server init --data %1 first).</source>
        <translation>%1 holds no server (run tariff-audit-server init --data %1 first).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>receipt.key: %1</source>
        <translation>receipt.key: %1</translation>
    </message>
    <message>
        <source>%1: the server&apos;s identity or certificate is incomplete.</source>
        <translation>%1: the server&apos;s identity or certificate is incomplete.</translation>
    </message>
</context>
<context>
    <name>ta::server::Store</name>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>counter %1 is missing</source>
        <translation>counter %1 is missing</translation>
    </message>
    <message>
        <source>The database has no epoch.</source>
        <translation>The database has no epoch.</translation>
    </message>
    <message>
        <source>The store is closing.</source>
        <translation>The store is closing.</translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation>No database connection.</translation>
    </message>
    <message>
        <source>No device %1.</source>
        <translation>No device %1.</translation>
    </message>
    <message>
        <source>Device %1 is revoked; it cannot change again.</source>
        <translation>Device %1 is revoked; it cannot change again.</translation>
    </message>
    <message>
        <source>No record %1 revision %2.</source>
        <translation>No record %1 revision %2.</translation>
    </message>
    <message>
        <source>Device %1 is not an approved device.</source>
        <translation>Device %1 is not an approved device.</translation>
    </message>
    <message>
        <source>Record %1 was replaced by the correction %2; decide on that one.</source>
        <translation>Record %1 was replaced by the correction %2; decide on that one.</translation>
    </message>
    <message>
        <source>Record %1 revision %2 was already decided otherwise.</source>
        <translation>Record %1 revision %2 was already decided otherwise.</translation>
    </message>
</context>
<context>
    <name>ta::sync</name>
    <message>
        <source>The outbox could not be updated: %1</source>
        <translation>The outbox could not be updated: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n attempts so far; last: %1</source>
        <translation>
            <numerusform>Waiting: %n attempt so far; last: %1</numerusform>
            <numerusform>Waiting: %n attempts so far; last: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Received by the server %1</source>
        <translation>Received by the server %1</translation>
    </message>
    <message>
        <source>Approved by a leader %1</source>
        <translation>Approved by a leader %1</translation>
    </message>
    <message>
        <source>Returned by a leader %1: %2</source>
        <translation>Returned by a leader %1: %2</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>Quarantined: %1</translation>
    </message>
    <message>
        <source>Synchronised.</source>
        <translation>Synchronised.</translation>
    </message>
    <message>
        <source>This tablet is not enrolled with a branch server.</source>
        <translation>This tablet is not enrolled with a branch server.</translation>
    </message>
    <message>
        <source>The branch server has not approved this tablet yet.</source>
        <translation>The branch server has not approved this tablet yet.</translation>
    </message>
    <message>
        <source>The branch server revoked this tablet: records are no longer sent. Ask a branch leader.</source>
        <translation>The branch server revoked this tablet: records are no longer sent. Ask a branch leader.</translation>
    </message>
    <message>
        <source>The branch server cannot be reached.</source>
        <translation>The branch server cannot be reached.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one this tablet was enrolled with: nothing was sent.</source>
        <translation>The server&apos;s certificate is not the one this tablet was enrolled with: nothing was sent.</translation>
    </message>
    <message>
        <source>The branch server refused the request.</source>
        <translation>The branch server refused the request.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The tablet could not read or write its own data.</source>
        <translation>The tablet could not read or write its own data.</translation>
    </message>
    <message>
        <source>This is not an enrollment link: it starts with &quot;%1&quot;.</source>
        <translation>This is not an enrollment link: it starts with &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The enrollment link has no https server address.</source>
        <translation>The enrollment link has no https server address.</translation>
    </message>
    <message>
        <source>The enrollment link&apos;s certificate pin is not 64 hexadecimal digits.</source>
        <translation>The enrollment link&apos;s certificate pin is not 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>The enrollment link&apos;s code is missing or not a code.</source>
        <translation>The enrollment link&apos;s code is missing or not a code.</translation>
    </message>
    <message>
        <source>The server&apos;s receipt is incomplete.</source>
        <translation>The server&apos;s receipt is incomplete.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>The picture cannot be read.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>No QR code was found in the picture.</translation>
    </message>
    <message>
        <source>The decision is not in the format %1.</source>
        <translation>The decision is not in the format %1.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; is neither approve nor return.</source>
        <translation>The decision &quot;%1&quot; is neither approve nor return.</translation>
    </message>
    <message>
        <source>The decision lacks its record, revision, fingerprint, device or time.</source>
        <translation>The decision lacks its record, revision, fingerprint, device or time.</translation>
    </message>
    <message>
        <source>A returned record needs a comment.</source>
        <translation>A returned record needs a comment.</translation>
    </message>
    <message>
        <source>The comment is longer than 4,000 characters.</source>
        <translation>The comment is longer than 4,000 characters.</translation>
    </message>
</context>
<context>
    <name>ta::sync::Outbox</name>
    <message>
        <source>Record %1 is not waiting or quarantined in the outbox.</source>
        <translation>Record %1 is not waiting or quarantined in the outbox.</translation>
    </message>
    <message>
        <source>Only a quarantined record can be taken out of the outbox.</source>
        <translation>Only a quarantined record can be taken out of the outbox.</translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot;.</source>
        <translation>Unknown review decision &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The outbox could not be updated: the data file is busy.</source>
        <translation>The outbox could not be updated: the data file is busy.</translation>
    </message>
</context>
<context>
    <name>ta::sync::OutboxModel</name>
    <message>
        <source>%1 (correction %2)</source>
        <translation>%1 (correction %2)</translation>
    </message>
    <message>
        <source>Sending… %1%</source>
        <translation>Sending… %1%</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>ta::sync::SyncEngine</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>No answer from %1 (%2).</source>
        <translation>No answer from %1 (%2).</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>The server answered %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>The server answered %1.</translation>
    </message>
    <message>
        <source>The server at %1 showed a certificate that is not the one this tablet trusts (pin %2…). Nothing was sent. Ask a branch leader before trying again.</source>
        <translation>The server at %1 showed a certificate that is not the one this tablet trusts (pin %2…). Nothing was sent. Ask a branch leader before trying again.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Tariff Audit server (a Wi-Fi sign-in page?).</source>
        <translation>%1 answered, but not as a Tariff Audit server (a Wi-Fi sign-in page?).</translation>
    </message>
    <message>
        <source>The server at %1 is not the one this tablet was enrolled with (server %2, expected %3). Nothing was sent.</source>
        <translation>The server at %1 is not the one this tablet was enrolled with (server %2, expected %3). Nothing was sent.</translation>
    </message>
    <message>
        <source>The enrollment code has expired: ask the branch leader for a new one.</source>
        <translation>The enrollment code has expired: ask the branch leader for a new one.</translation>
    </message>
    <message>
        <source>The enrollment code is unknown or was already used: check it, or ask for a new one.</source>
        <translation>The enrollment code is unknown or was already used: check it, or ask for a new one.</translation>
    </message>
    <message>
        <source>The server registered another key than this tablet&apos;s (comparison code %1, expected %2). Nothing is trusted; enroll again.</source>
        <translation>The server registered another key than this tablet&apos;s (comparison code %1, expected %2). Nothing is trusted; enroll again.</translation>
    </message>
    <message>
        <source>Waiting for a branch leader to approve this tablet (comparison code %1).</source>
        <translation>Waiting for a branch leader to approve this tablet (comparison code %1).</translation>
    </message>
    <message>
        <source>The server&apos;s receipt key changed since enrollment: nothing is trusted. Enroll again.</source>
        <translation>The server&apos;s receipt key changed since enrollment: nothing is trusted. Enroll again.</translation>
    </message>
    <message>
        <source>The server is busy; it will be tried again shortly.</source>
        <translation>The server is busy; it will be tried again shortly.</translation>
    </message>
    <message>
        <source>The record lists an evidence file without a usable name (&quot;%1&quot;).</source>
        <translation>The record lists an evidence file without a usable name (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing on this tablet.</source>
        <translation>The evidence file %1 is missing on this tablet.</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2</source>
        <translation>The evidence file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The server answered without a receipt that verifies; the record will be sent again.</source>
        <translation>The server answered without a receipt that verifies; the record will be sent again.</translation>
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
        <translation>The server refused the record: it does not verify against this tablet&apos;s registered key</translation>
    </message>
    <message>
        <source>The server refused a training record</source>
        <translation>The server refused a training record</translation>
    </message>
    <message>
        <source>The server already holds this revision of the record with other content; a branch leader decides</source>
        <translation>The server already holds this revision of the record with other content; a branch leader decides</translation>
    </message>
    <message>
        <source>The record this correction replaces is not the server&apos;s latest</source>
        <translation>The record this correction replaces is not the server&apos;s latest</translation>
    </message>
    <message>
        <source>The server lacks some of the record&apos;s files</source>
        <translation>The server lacks some of the record&apos;s files</translation>
    </message>
    <message>
        <source>The server refused a file or record as too large</source>
        <translation>The server refused a file or record as too large</translation>
    </message>
    <message>
        <source>A file reached the server damaged</source>
        <translation>A file reached the server damaged</translation>
    </message>
    <message>
        <source>The server revoked this tablet</source>
        <translation>The server revoked this tablet</translation>
    </message>
    <message>
        <source>The server is busy</source>
        <translation>The server is busy</translation>
    </message>
    <message>
        <source>The branch revoked this tablet&apos;s key: it cannot be enrolled again with it. Ask the branch&apos;s IT staff.</source>
        <translation>The branch revoked this tablet&apos;s key: it cannot be enrolled again with it. Ask the branch&apos;s IT staff.</translation>
    </message>
    <message>
        <source>The inspector sent a correction before this decision arrived; the newer revision is in the queue.</source>
        <translation>The inspector sent a correction before this decision arrived; the newer revision is in the queue.</translation>
    </message>
    <message>
        <source>Another leader decided on this revision first.</source>
        <translation>Another leader decided on this revision first.</translation>
    </message>
    <message>
        <source>The server sent other bytes than the evidence file %1.</source>
        <translation>The server sent other bytes than the evidence file %1.</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be kept on this device: %2</source>
        <translation>The evidence file %1 cannot be kept on this device: %2</translation>
    </message>
</context>
</TS>
