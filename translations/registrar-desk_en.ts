<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionRepository</name>
    <message>
        <source>Cannot open the action on the domain %1.</source>
        <translation>Cannot open the action on the domain %1.</translation>
    </message>
    <message>
        <source>Cannot open the action: there is no domain with the id %1.</source>
        <translation>Cannot open the action: there is no domain with the id %1.</translation>
    </message>
    <message>
        <source>Cannot save the action on the domain %1.</source>
        <translation>Cannot save the action on the domain %1.</translation>
    </message>
    <message>
        <source>Cannot save the action: there is no action with the id %1.</source>
        <translation>Cannot save the action: there is no action with the id %1.</translation>
    </message>
</context>
<context>
    <name>ChangeSender</name>
    <message>
        <source>There is no draft %1.</source>
        <translation>There is no draft %1.</translation>
    </message>
    <message>
        <source>Draft %1 is %2 already: %3</source>
        <translation>Draft %1 is %2 already: %3</translation>
    </message>
    <message>
        <source>The domain of draft %1 is gone.</source>
        <translation>The domain of draft %1 is gone.</translation>
    </message>
    <message>
        <source>The registry shows the change applied (%1).</source>
        <translation>The registry shows the change applied (%1).</translation>
    </message>
    <message>
        <source>Draft %1 confirmed by the registry: it was applied.</source>
        <translation>Draft %1 confirmed by the registry: it was applied.</translation>
    </message>
    <message>
        <source>Draft %1 sent (%2); the answer was lost.</source>
        <translation>Draft %1 sent (%2); the answer was lost.</translation>
    </message>
    <message>
        <source>The answer to %1 was lost, and the registry does not show the change yet; check again before sending it anew.</source>
        <translation>The answer to %1 was lost, and the registry does not show the change yet; check again before sending it anew.</translation>
    </message>
    <message>
        <source>Draft %1 refused by the registry (%2, %3): %4</source>
        <translation>Draft %1 refused by the registry (%2, %3): %4</translation>
    </message>
    <message>
        <source>Draft %1 sent (%2, %3): %4</source>
        <translation>Draft %1 sent (%2, %3): %4</translation>
    </message>
</context>
<context>
    <name>CitizenCardValidator</name>
    <message>
        <source>Enter a citizen card document number.</source>
        <translation>Enter a citizen card document number.</translation>
    </message>
    <message>
        <source>The document number contains “%1” at position %2; only digits and the letters A–Z are allowed.</source>
        <translation>The document number contains “%1” at position %2; only digits and the letters A–Z are allowed.</translation>
    </message>
    <message>
        <source>A citizen card document number has 12 characters, as in 00000000 0 ZZ4, but “%1” has %2.</source>
        <translation>A citizen card document number has 12 characters, as in 00000000 0 ZZ4, but “%1” has %2.</translation>
    </message>
    <message>
        <source>Character %1 of the document number is “%2”, but it must be a digit; only the 10th and 11th characters may be letters.</source>
        <translation>Character %1 of the document number is “%2”, but it must be a digit; only the 10th and 11th characters may be letters.</translation>
    </message>
    <message>
        <source>The check digit is %1, but for %2 it must be %3.</source>
        <translation>The check digit is %1, but for %2 it must be %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and their options.</source>
        <translation>Run &quot;%1 --help&quot; for the commands and their options.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 date and time with a time zone (for example 2027-03-01T12:00:00Z or 2027-03-01T12:00:00+01:00).</source>
        <translation>%1: &quot;%2&quot; is not an ISO 8601 date and time with a time zone (for example 2027-03-01T12:00:00Z or 2027-03-01T12:00:00+01:00).</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] [--language pt_PT|en] [--now DATETIME] COMMAND ...

Commands:
  check nif|nipc|cc|domain|phone|postcode|email VALUE
  domain add NAME --expires DATETIME [--created DATETIME]
             [--auto-renew on|off] [--registrant HANDLE] [--tech HANDLE]
             [--program none|3em1|3em1-comercio|sitestar] [--notes TEXT]
  domain list [--json]
  domain show NAME [--json]
  contact add HANDLE --name TEXT --vat VALUE [--kind person|organisation]
             [--organisation TEXT] [--email ADDRESS] [--phone NUMBER]
             [--mobile NUMBER] [--street TEXT] [--city TEXT]
             [--postcode CODE] [--country CC] [--id-document NUMBER]
  contact list [--json]
  contact show HANDLE [--json]
  action open verification|owner-change NAME [--at DATETIME]
             [--new-holder HANDLE]
  action advance ID [--at DATETIME]
  action close ID [--at DATETIME] --outcome TEXT
  action list [--json]
  deadlines [--now DATETIME] [--within DAYS] [--json]
  settings list
  settings set alert.critical-days|alert.warning-days|alert.notice-days DAYS

DATETIME is ISO 8601 with Z or an offset, e.g. 2027-03-01T12:00:00Z.
The database is %2 unless --db names another file.
Exit codes: 0 done, 1 invalid or refused input, 2 usage error,
3 database error.
</source>
        <translation>Usage: %1 [--db FILE] [--language pt_PT|en] [--now DATETIME] COMMAND ...

Commands:
  check nif|nipc|cc|domain|phone|postcode|email VALUE
  domain add NAME --expires DATETIME [--created DATETIME]
             [--auto-renew on|off] [--registrant HANDLE] [--tech HANDLE]
             [--program none|3em1|3em1-comercio|sitestar] [--notes TEXT]
  domain list [--json]
  domain show NAME [--json]
  contact add HANDLE --name TEXT --vat VALUE [--kind person|organisation]
             [--organisation TEXT] [--email ADDRESS] [--phone NUMBER]
             [--mobile NUMBER] [--street TEXT] [--city TEXT]
             [--postcode CODE] [--country CC] [--id-document NUMBER]
  contact list [--json]
  contact show HANDLE [--json]
  action open verification|owner-change NAME [--at DATETIME]
             [--new-holder HANDLE]
  action advance ID [--at DATETIME]
  action close ID [--at DATETIME] --outcome TEXT
  action list [--json]
  deadlines [--now DATETIME] [--within DAYS] [--json]
  settings list
  settings set alert.critical-days|alert.warning-days|alert.notice-days DAYS

DATETIME is ISO 8601 with Z or an offset, e.g. 2027-03-01T12:00:00Z.
The database is %2 unless --db names another file.
Exit codes: 0 done, 1 invalid or refused input, 2 usage error,
3 database error.
</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check takes a kind (nif, nipc, cc, domain, phone, postcode, email) and a value.</source>
        <translation>check takes a kind (nif, nipc, cc, domain, phone, postcode, email) and a value.</translation>
    </message>
    <message>
        <source>check: unknown kind &quot;%1&quot;; use nif, nipc, cc, domain, phone, postcode or email.</source>
        <translation>check: unknown kind &quot;%1&quot;; use nif, nipc, cc, domain, phone, postcode or email.</translation>
    </message>
    <message>
        <source>domain: use add, list or show.</source>
        <translation>domain: use add, list or show.</translation>
    </message>
    <message>
        <source>domain add takes exactly one domain name.</source>
        <translation>domain add takes exactly one domain name.</translation>
    </message>
    <message>
        <source>domain add: --expires is required.</source>
        <translation>domain add: --expires is required.</translation>
    </message>
    <message>
        <source>--auto-renew: &quot;%1&quot; is neither on nor off.</source>
        <translation>--auto-renew: &quot;%1&quot; is neither on nor off.</translation>
    </message>
    <message>
        <source>--program: &quot;%1&quot; is not one of none, 3em1, 3em1-comercio, sitestar.</source>
        <translation>--program: &quot;%1&quot; is not one of none, 3em1, 3em1-comercio, sitestar.</translation>
    </message>
    <message>
        <source>domain list takes no names.</source>
        <translation>domain list takes no names.</translation>
    </message>
    <message>
        <source>domain show takes exactly one domain name.</source>
        <translation>domain show takes exactly one domain name.</translation>
    </message>
    <message>
        <source>There is no domain named %1 in the portfolio.</source>
        <translation>There is no domain named %1 in the portfolio.</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expires: %1</translation>
    </message>
    <message>
        <source>Auto-renew: %1</source>
        <translation>Auto-renew: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>contact: use add, list or show.</source>
        <translation>contact: use add, list or show.</translation>
    </message>
    <message>
        <source>contact add takes exactly one handle.</source>
        <translation>contact add takes exactly one handle.</translation>
    </message>
    <message>
        <source>contact add: --name is required.</source>
        <translation>contact add: --name is required.</translation>
    </message>
    <message>
        <source>contact add: --vat is required.</source>
        <translation>contact add: --vat is required.</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is neither person nor organisation.</source>
        <translation>--kind: &quot;%1&quot; is neither person nor organisation.</translation>
    </message>
    <message>
        <source>contact show takes exactly one handle.</source>
        <translation>contact show takes exactly one handle.</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>There is no contact with the handle %1.</translation>
    </message>
    <message>
        <source>action open takes a kind (verification or owner-change) and a domain name.</source>
        <translation>action open takes a kind (verification or owner-change) and a domain name.</translation>
    </message>
    <message>
        <source>action open: &quot;%1&quot; is neither verification nor owner-change.</source>
        <translation>action open: &quot;%1&quot; is neither verification nor owner-change.</translation>
    </message>
    <message>
        <source>--new-holder only goes with an owner change.</source>
        <translation>--new-holder only goes with an owner change.</translation>
    </message>
    <message>
        <source>action: use open, advance, close or list.</source>
        <translation>action: use open, advance, close or list.</translation>
    </message>
    <message>
        <source>action %1 takes exactly one action id.</source>
        <translation>action %1 takes exactly one action id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action id.</source>
        <translation>&quot;%1&quot; is not an action id.</translation>
    </message>
    <message>
        <source>action close: --outcome is required.</source>
        <translation>action close: --outcome is required.</translation>
    </message>
    <message>
        <source>deadlines takes no names.</source>
        <translation>deadlines takes no names.</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is not a language this program speaks; use pt_PT or en.</source>
        <translation>--language: &quot;%1&quot; is not a language this program speaks; use pt_PT or en.</translation>
    </message>
    <message>
        <source>settings: unknown setting &quot;%1&quot;.</source>
        <translation>settings: unknown setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>settings: use &quot;list&quot; or &quot;set KEY DAYS&quot;.</source>
        <translation>settings: use &quot;list&quot; or &quot;set KEY DAYS&quot;.</translation>
    </message>
    <message>
        <source>domain add: --program %1 needs --created, the date the free year counts from.</source>
        <translation>domain add: --program %1 needs --created, the date the free year counts from.</translation>
    </message>
    <message>
        <source>--within: &quot;%1&quot; is not a whole number of days from 0 to %2.</source>
        <translation>--within: &quot;%1&quot; is not a whole number of days from 0 to %2.</translation>
    </message>
    <message>
        <source>epp: use hello, check or info.</source>
        <translation>epp: use hello, check or info.</translation>
    </message>
    <message>
        <source>epp hello takes no names.</source>
        <translation>epp hello takes no names.</translation>
    </message>
    <message>
        <source>epp check takes one or more domain names.</source>
        <translation>epp check takes one or more domain names.</translation>
    </message>
    <message>
        <source>epp info takes exactly one domain name.</source>
        <translation>epp info takes exactly one domain name.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Server time: %1</source>
        <translation>Server time: %1</translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation>Objects: %1</translation>
    </message>
    <message>
        <source>Extensions offered: %1</source>
        <translation>Extensions offered: %1</translation>
    </message>
    <message>
        <source>Extensions announced at login: %1</source>
        <translation>Extensions announced at login: %1</translation>
    </message>
    <message>
        <source>The registry refused: %1</source>
        <translation>The registry refused: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>The registry&apos;s answer carries no domain information.</source>
        <translation>The registry&apos;s answer carries no domain information.</translation>
    </message>
    <message>
        <source>profile: use list, save NAME, password NAME or remove NAME.</source>
        <translation>profile: use list, save NAME, password NAME or remove NAME.</translation>
    </message>
    <message>
        <source>There is no registry profile named %1.</source>
        <translation>There is no registry profile named %1.</translation>
    </message>
    <message>
        <source>profile password: give the password with --password-file FILE.</source>
        <translation>profile password: give the password with --password-file FILE.</translation>
    </message>
    <message>
        <source>The password was not kept; scheduled jobs can use --password-file.</source>
        <translation>The password was not kept; scheduled jobs can use --password-file.</translation>
    </message>
    <message>
        <source>The password of %1 is in the %2.</source>
        <translation>The password of %1 is in the %2.</translation>
    </message>
    <message>
        <source>--sessions: &quot;%1&quot; is not a number from 1 to 8.</source>
        <translation>--sessions: &quot;%1&quot; is not a number from 1 to 8.</translation>
    </message>
    <message>
        <source>--rate: &quot;%1&quot; is not a number of commands per second from 1 to 10000.</source>
        <translation>--rate: &quot;%1&quot; is not a number of commands per second from 1 to 10000.</translation>
    </message>
    <message>
        <source>refresh: %1 of %2</source>
        <translation>refresh: %1 of %2</translation>
    </message>
    <message>
        <source>Continued an interrupted refresh.</source>
        <translation>Continued an interrupted refresh.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 checked, %2 would change, %3 would be flagged, %4 failed.</source>
        <translation>Dry run, nothing written: %1 checked, %2 would change, %3 would be flagged, %4 failed.</translation>
    </message>
    <message>
        <source>%1 checked, %2 changed, %3 flagged, %4 contacts, %5 failed.</source>
        <translation>%1 checked, %2 changed, %3 flagged, %4 contacts, %5 failed.</translation>
    </message>
    <message>
        <source>sync: give --full or --changed, not both.</source>
        <translation>sync: give --full or --changed, not both.</translation>
    </message>
    <message numerus="yes">
        <source>%n registry message(s) read and acknowledged.</source>
        <translation>
            <numerusform>%n registry message read and acknowledged.</numerusform>
            <numerusform>%n registry messages read and acknowledged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry offers no poll queue to say what changed: every domain was refreshed.</source>
        <translation>The registry offers no poll queue to say what changed: every domain was refreshed.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>There is no draft %1.</translation>
    </message>
    <message>
        <source>Draft %1 kept; it is sent with --send.</source>
        <translation>Draft %1 kept; it is sent with --send.</translation>
    </message>
    <message>
        <source>Draft %1 done: %2</source>
        <translation>Draft %1 done: %2</translation>
    </message>
    <message>
        <source>Draft %1 refused: %2</source>
        <translation>Draft %1 refused: %2</translation>
    </message>
    <message>
        <source>Registry commands, with the connection options
  --profile NAME, or --registry HOST:PORT --login ID --password-file FILE,
  and [--ca FILE] [--cert FILE --key FILE [--key-passphrase-file FILE]]:
  epp hello
  epp check NAME...
  epp info NAME [--json]
  sync [--full | --changed] [--dry-run] [--sessions N] [--rate PER-SECOND]
       [NAME...]
  change NAME --ns HOST,HOST | --auto-renew on|off | --renew YEARS
              | --owner-change HANDLE [--send]
  change --draft ID --send
Registry profiles (kept in the settings, the password in the keychain):
  profile list
  profile save NAME --registry HOST:PORT --login ID [--ca FILE]
               [--cert FILE --key FILE]
  profile password NAME [--password-file FILE] [--key-passphrase-file FILE]
  profile remove NAME
Exit codes: 4 the registry could not be reached or refused the login,
5 a command was sent but its answer never came.
</source>
        <translation>Registry commands, with the connection options
  --profile NAME, or --registry HOST:PORT --login ID --password-file FILE,
  and [--ca FILE] [--cert FILE --key FILE [--key-passphrase-file FILE]]:
  epp hello
  epp check NAME...
  epp info NAME [--json]
  sync [--full | --changed] [--dry-run] [--sessions N] [--rate PER-SECOND]
       [NAME...]
  change NAME --ns HOST,HOST | --auto-renew on|off | --renew YEARS
              | --owner-change HANDLE [--send]
  change --draft ID --send
Registry profiles (kept in the settings, the password in the keychain):
  profile list
  profile save NAME --registry HOST:PORT --login ID [--ca FILE]
               [--cert FILE --key FILE]
  profile password NAME [--password-file FILE] [--key-passphrase-file FILE]
  profile remove NAME
Exit codes: 4 the registry could not be reached or refused the login,
5 a command was sent but its answer never came.
</translation>
    </message>
    <message>
        <source>change: give a domain and one of --ns, --auto-renew, --renew or --owner-change (a draft, sent with --send), or --draft ID --send.</source>
        <translation>change: give a domain and one of --ns, --auto-renew, --renew or --owner-change (a draft, sent with --send), or --draft ID --send.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>The address of the contact %1 has more than three street lines.</source>
        <translation>The address of the contact %1 has more than three street lines.</translation>
    </message>
    <message>
        <source>A contact with the handle %1 is already in the portfolio.</source>
        <translation>A contact with the handle %1 is already in the portfolio.</translation>
    </message>
    <message>
        <source>Cannot add the contact %1.</source>
        <translation>Cannot add the contact %1.</translation>
    </message>
    <message>
        <source>Cannot save the contact %1.</source>
        <translation>Cannot save the contact %1.</translation>
    </message>
    <message>
        <source>Cannot save the contact %1: it is not in the portfolio.</source>
        <translation>Cannot save the contact %1: it is not in the portfolio.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message numerus="yes">
        <source>The %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The %1 did not answer within %n second.</numerusform>
            <numerusform>The %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>EPP password</source>
        <translation>EPP password</translation>
    </message>
    <message>
        <source>client key passphrase</source>
        <translation>client key passphrase</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Registrar Desk database. It was left untouched.</source>
        <translation>%1 is not a Registrar Desk database. It was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Registrar Desk (database version %2); this version reads database versions up to %3. The file was left untouched.</source>
        <translation>%1 was written by a newer version of Registrar Desk (database version %2); this version reads database versions up to %3. The file was left untouched.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>Cannot set up %1.</source>
        <translation>Cannot set up %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Cannot make a backup copy of %1 before updating it.</source>
        <translation>Cannot make a backup copy of %1 before updating it.</translation>
    </message>
    <message>
        <source>Database version %1 does not exist; the latest is %2.</source>
        <translation>Database version %1 does not exist; the latest is %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: the SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>Cannot open %1: the SQLite driver for Qt (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot update %1 to database version %2.</source>
        <translation>Cannot update %1 to database version %2.</translation>
    </message>
    <message>
        <source>The portfolio database is not open.</source>
        <translation>The portfolio database is not open.</translation>
    </message>
    <message>
        <source>Cannot start a unit of work on %1.</source>
        <translation>Cannot start a unit of work on %1.</translation>
    </message>
    <message>
        <source>Cannot save the changes to %1; nothing was saved.</source>
        <translation>Cannot save the changes to %1; nothing was saved.</translation>
    </message>
    <message>
        <source>Cannot update %1.</source>
        <translation>Cannot update %1.</translation>
    </message>
</context>
<context>
    <name>DeadlineEngine</name>
    <message>
        <source>%1 was due for deletion on %2 because it expires on %3 and auto-renew is off; it may be deleted at any moment.</source>
        <extracomment>%1 domain, %2 deletion date and time, %3 expiry date</extracomment>
        <translation>%1 was due for deletion on %2 because it expires on %3 and auto-renew is off; it may be deleted at any moment.</translation>
    </message>
    <message>
        <source>%1 will be deleted on %2 because it expires on %3 and auto-renew is off; .pt has no grace period.</source>
        <extracomment>%1 domain, %2 deletion date and time, %3 expiry date</extracomment>
        <translation>%1 will be deleted on %2 because it expires on %3 and auto-renew is off; .pt has no grace period.</translation>
    </message>
    <message>
        <source>%1 was due to be renewed automatically by the registry on %2 (auto-renew is on).</source>
        <extracomment>%1 domain, %2 expiry date and time</extracomment>
        <translation>%1 was due to be renewed automatically by the registry on %2 (auto-renew is on).</translation>
    </message>
    <message>
        <source>%1 will be renewed automatically by the registry on %2 (auto-renew is on).</source>
        <extracomment>%1 domain, %2 expiry date and time</extracomment>
        <translation>%1 will be renewed automatically by the registry on %2 (auto-renew is on).</translation>
    </message>
    <message>
        <source>The registry asked the new holder of %1 to prove their identity on %2; without an answer by %3 the owner change is reversed.</source>
        <extracomment>%1 domain, %2 when the new holder approved, %3 deadline</extracomment>
        <translation>The registry asked the new holder of %1 to prove their identity on %2; without an answer by %3 the owner change is reversed.</translation>
    </message>
    <message>
        <source>The registry asked the holder of %1 to prove their identity on %2; the answer was due by %3 and the domain may be deleted at any moment.</source>
        <extracomment>%1 domain, %2 when the registry asked, %3 deadline</extracomment>
        <translation>The registry asked the holder of %1 to prove their identity on %2; the answer was due by %3 and the domain may be deleted at any moment.</translation>
    </message>
    <message>
        <source>The registry asked the holder of %1 to prove their identity on %2; without an answer by %3 the domain may be deleted.</source>
        <extracomment>%1 domain, %2 when the registry asked, %3 deadline</extracomment>
        <translation>The registry asked the holder of %1 to prove their identity on %2; without an answer by %3 the domain may be deleted.</translation>
    </message>
    <message>
        <source>The current holder of %1 was due to approve the owner change opened on %2 by %3; without that approval the request fails.</source>
        <extracomment>%1 domain, %2 when the owner change was opened, %3 deadline</extracomment>
        <translation>The current holder of %1 was due to approve the owner change opened on %2 by %3; without that approval the request fails.</translation>
    </message>
    <message>
        <source>The current holder of %1 must approve the owner change opened on %2 by %3, or the request fails.</source>
        <extracomment>%1 domain, %2 when the owner change was opened, %3 deadline</extracomment>
        <translation>The current holder of %1 must approve the owner change opened on %2 by %3, or the request fails.</translation>
    </message>
    <message>
        <source>The current holder of %1 approved the owner change on %2; the new holder was due to approve it by %3, and without that approval the request fails.</source>
        <extracomment>%1 domain, %2 when the current holder approved, %3 deadline</extracomment>
        <translation>The current holder of %1 approved the owner change on %2; the new holder was due to approve it by %3, and without that approval the request fails.</translation>
    </message>
    <message>
        <source>The current holder of %1 approved the owner change on %2; the new holder must approve it by %3, or the request fails.</source>
        <extracomment>%1 domain, %2 when the current holder approved, %3 deadline</extracomment>
        <translation>The current holder of %1 approved the owner change on %2; the new holder must approve it by %3, or the request fails.</translation>
    </message>
    <message>
        <source>The free year of %1 under the %2 programme ended on %3; the holder must convert it or lose the name.</source>
        <extracomment>%1 domain, %2 programme name (3em1.pt, 3em1 Comércio, Sitestar.pt), %3 end</extracomment>
        <translation>The free year of %1 under the %2 programme ended on %3; the holder must convert it or lose the name.</translation>
    </message>
    <message>
        <source>The free year of %1 under the %2 programme ends on %3; the holder must convert it or lose the name.</source>
        <extracomment>%1 domain, %2 programme name (3em1.pt, 3em1 Comércio, Sitestar.pt), %3 end</extracomment>
        <translation>The free year of %1 under the %2 programme ends on %3; the holder must convert it or lose the name.</translation>
    </message>
    <message>
        <source>The registry asked the new holder of %1 to prove their identity on %2; the answer was due by %3 and the owner change may be reversed at any moment.</source>
        <extracomment>%1 domain, %2 when the new holder approved, %3 deadline</extracomment>
        <translation>The registry asked the new holder of %1 to prove their identity on %2; the answer was due by %3 and the owner change may be reversed at any moment.</translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>Rua de Exemplo, 1</source>
        <translation>Rua de Exemplo, 1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Registrar Desk</source>
        <translation>Registrar Desk</translation>
    </message>
    <message>
        <source>The support desk for .pt domains.</source>
        <translation>The support desk for .pt domains.</translation>
    </message>
    <message>
        <source>Portfolio database file.</source>
        <translation>Portfolio database file.</translation>
    </message>
    <message>
        <source>pt_PT or en (default: the system&apos;s).</source>
        <translation>pt_PT or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Render the main window to a PNG file and exit.</translation>
    </message>
    <message>
        <source>Run as if it were this moment (ISO 8601 with a zone).</source>
        <translation>Run as if it were this moment (ISO 8601 with a zone).</translation>
    </message>
    <message>
        <source>Start a new database empty, without the demo.</source>
        <translation>Start a new database empty, without the demo.</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 date and time with a time zone.</source>
        <translation>--now: &quot;%1&quot; is not an ISO 8601 date and time with a time zone.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Cannot write the screenshot %1.</translation>
    </message>
</context>
<context>
    <name>DomainListing</name>
    <message>
        <source>Cannot read the contacts of the portfolio (%1).</source>
        <translation>Cannot read the contacts of the portfolio (%1).</translation>
    </message>
    <message>
        <source>Cannot read the domains of the portfolio (%1).</source>
        <translation>Cannot read the domains of the portfolio (%1).</translation>
    </message>
</context>
<context>
    <name>DomainNameValidator</name>
    <message>
        <source>Enter a domain name.</source>
        <translation>Enter a domain name.</translation>
    </message>
    <message>
        <source>The domain name contains a blank or invisible character (%1) at position %2.</source>
        <translation>The domain name contains a blank or invisible character (%1) at position %2.</translation>
    </message>
    <message>
        <source>The domain name has %1 characters; the DNS allows at most 253.</source>
        <translation>The domain name has %1 characters; the DNS allows at most 253.</translation>
    </message>
    <message>
        <source>“%1” has an empty label; remove the extra dot.</source>
        <translation>“%1” has an empty label; remove the extra dot.</translation>
    </message>
    <message>
        <source>The label “%1” contains “%2”, which is not allowed in .pt names; use a–z, 0–9, hyphen or à á â ã ç é ê í ó ô õ ú.</source>
        <translation>The label “%1” contains “%2”, which is not allowed in .pt names; use a–z, 0–9, hyphen or à á â ã ç é ê í ó ô õ ú.</translation>
    </message>
    <message>
        <source>“%1” does not end in .pt; only .pt domain names are handled here.</source>
        <translation>“%1” does not end in .pt; only .pt domain names are handled here.</translation>
    </message>
    <message>
        <source>“%1” is a registry zone, not a domain name; put a name in front of it, as in exemplo.%1.</source>
        <translation>“%1” is a registry zone, not a domain name; put a name in front of it, as in exemplo.%1.</translation>
    </message>
    <message>
        <source>“%1” has too many levels; a .pt name is either name.pt or name.zone.pt, as in exemplo.com.pt.</source>
        <translation>“%1” has too many levels; a .pt name is either name.pt or name.zone.pt, as in exemplo.com.pt.</translation>
    </message>
    <message>
        <source>“%1” is not a .pt zone; names go directly under .pt or under %2.</source>
        <translation>“%1” is not a .pt zone; names go directly under .pt or under %2.</translation>
    </message>
    <message>
        <source>The name “%1” is longer than 63 characters in its ASCII (xn--) form, which is what the registry stores.</source>
        <translation>The name “%1” is longer than 63 characters in its ASCII (xn--) form, which is what the registry stores.</translation>
    </message>
    <message>
        <source>“%1” is not a valid xn-- label; its Punycode does not decode to a name.</source>
        <translation>“%1” is not a valid xn-- label; its Punycode does not decode to a name.</translation>
    </message>
    <message>
        <source>The label “%1” stands for “%2”, which contains “%3”; .pt names may use only a–z, 0–9, hyphen and à á â ã ç é ê í ó ô õ ú.</source>
        <translation>The label “%1” stands for “%2”, which contains “%3”; .pt names may use only a–z, 0–9, hyphen and à á â ã ç é ê í ó ô õ ú.</translation>
    </message>
    <message>
        <source>The label “%1” starts or ends with a hyphen, which is not allowed.</source>
        <translation>The label “%1” starts or ends with a hyphen, which is not allowed.</translation>
    </message>
    <message>
        <source>The label “%1” has “--” in the third and fourth positions, which is reserved for xn-- labels.</source>
        <translation>The label “%1” has “--” in the third and fourth positions, which is reserved for xn-- labels.</translation>
    </message>
    <message>
        <source>The name “%1” is too short; .pt names have at least two characters.</source>
        <translation>The name “%1” is too short; .pt names have at least two characters.</translation>
    </message>
    <message>
        <source>The name “%1” has %2 characters; .pt names have at most 63.</source>
        <translation>The name “%1” has %2 characters; .pt names have at most 63.</translation>
    </message>
</context>
<context>
    <name>DomainRepository</name>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>There is no contact with the handle %1.</translation>
    </message>
    <message>
        <source>Cannot add the domain %1.</source>
        <translation>Cannot add the domain %1.</translation>
    </message>
    <message>
        <source>A domain named %1 is already in the portfolio.</source>
        <translation>A domain named %1 is already in the portfolio.</translation>
    </message>
    <message>
        <source>Cannot save the domain %1.</source>
        <translation>Cannot save the domain %1.</translation>
    </message>
    <message>
        <source>Cannot save the domain %1: it is not in the portfolio.</source>
        <translation>Cannot save the domain %1: it is not in the portfolio.</translation>
    </message>
    <message>
        <source>Cannot store the next deadline of the domain with the id %1.</source>
        <translation>Cannot store the next deadline of the domain with the id %1.</translation>
    </message>
    <message>
        <source>Cannot store the next deadline: there is no domain with the id %1.</source>
        <translation>Cannot store the next deadline: there is no domain with the id %1.</translation>
    </message>
    <message>
        <source>Cannot add the domains.</source>
        <translation>Cannot add the domains.</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>Cannot keep the draft.</source>
        <translation>Cannot keep the draft.</translation>
    </message>
    <message>
        <source>Cannot save the draft %1.</source>
        <translation>Cannot save the draft %1.</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Enter an e-mail address.</translation>
    </message>
    <message>
        <source>The e-mail address contains a blank or invisible character (%1) at position %2.</source>
        <translation>The e-mail address contains a blank or invisible character (%1) at position %2.</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address; it should look like nome@exemplo.pt.</source>
        <translation>“%1” is not a complete e-mail address; it should look like nome@exemplo.pt.</translation>
    </message>
    <message>
        <source>The e-mail address has %1 characters; the limit is 254.</source>
        <translation>The e-mail address has %1 characters; the limit is 254.</translation>
    </message>
    <message>
        <source>The part before the “@” has %1 characters; the limit is 64.</source>
        <translation>The part before the “@” has %1 characters; the limit is 64.</translation>
    </message>
    <message>
        <source>The e-mail address contains “%1” at position %2, which is not allowed there.</source>
        <translation>The e-mail address contains “%1” at position %2, which is not allowed there.</translation>
    </message>
    <message>
        <source>The e-mail address has a misplaced dot at position %1; a dot cannot start or end a part, or follow another dot.</source>
        <translation>The e-mail address has a misplaced dot at position %1; a dot cannot start or end a part, or follow another dot.</translation>
    </message>
    <message>
        <source>Write the domain “%1” in its ASCII form, %2; the registry accepts only ASCII addresses.</source>
        <translation>Write the domain “%1” in its ASCII form, %2; the registry accepts only ASCII addresses.</translation>
    </message>
    <message>
        <source>The domain “%1” has no top-level domain; it should end like exemplo.pt.</source>
        <translation>The domain “%1” has no top-level domain; it should end like exemplo.pt.</translation>
    </message>
    <message>
        <source>The domain label “%1” has %2 characters; the limit is 63.</source>
        <translation>The domain label “%1” has %2 characters; the limit is 63.</translation>
    </message>
    <message>
        <source>The domain label “%1” starts or ends with a hyphen.</source>
        <translation>The domain label “%1” starts or ends with a hyphen.</translation>
    </message>
</context>
<context>
    <name>FallbackCredentialStore</name>
    <message>
        <source>No system keychain answered, so passwords are kept in memory for this session only: nothing is written to disk, and you will be asked for them again next time.</source>
        <translation>No system keychain answered, so passwords are kept in memory for this session only: nothing is written to disk, and you will be asked for them again next time.</translation>
    </message>
</context>
<context>
    <name>FrameReader</name>
    <message>
        <source>A frame announced a length of %1 bytes; an EPP frame is at least 4 bytes long, its length header included.</source>
        <translation>A frame announced a length of %1 bytes; an EPP frame is at least 4 bytes long, its length header included.</translation>
    </message>
    <message>
        <source>A frame announced a length of %1 bytes, more than the limit of %2 bytes.</source>
        <translation>A frame announced a length of %1 bytes, more than the limit of %2 bytes.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>Cannot add to the history of the domain %1: the entry has no time.</source>
        <translation>Cannot add to the history of the domain %1: the entry has no time.</translation>
    </message>
    <message>
        <source>Cannot add to the history of the domain %1.</source>
        <translation>Cannot add to the history of the domain %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Automatic renewal</translation>
    </message>
    <message>
        <source>Registrant verification</source>
        <translation>Registrant verification</translation>
    </message>
    <message>
        <source>Owner change: current holder</source>
        <translation>Owner change: current holder</translation>
    </message>
    <message>
        <source>Owner change: new holder</source>
        <translation>Owner change: new holder</translation>
    </message>
    <message>
        <source>End of free year</source>
        <translation>End of free year</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No %1 is kept for the profile %2 in this session.</source>
        <translation>No %1 is kept for the profile %2 in this session.</translation>
    </message>
    <message>
        <source>memory only, for this session</source>
        <translation>memory only, for this session</translation>
    </message>
</context>
<context>
    <name>NifValidator</name>
    <message>
        <source>Enter a nine-digit tax number.</source>
        <translation>Enter a nine-digit tax number.</translation>
    </message>
    <message>
        <source>“%1” is a foreign prefix; only Portuguese tax numbers are accepted, with or without “PT”.</source>
        <translation>“%1” is a foreign prefix; only Portuguese tax numbers are accepted, with or without “PT”.</translation>
    </message>
    <message>
        <source>The tax number contains “%1” at position %2; only digits are allowed, optionally after “PT”.</source>
        <translation>The tax number contains “%1” at position %2; only digits are allowed, optionally after “PT”.</translation>
    </message>
    <message>
        <source>A tax number has nine digits, but “%1” has %2.</source>
        <translation>A tax number has nine digits, but “%1” has %2.</translation>
    </message>
    <message>
        <source>The tax number %1 starts with 0, which no Portuguese tax number does.</source>
        <translation>The tax number %1 starts with 0, which no Portuguese tax number does.</translation>
    </message>
    <message>
        <source>The check digit is %1, but for %2 it must be %3.</source>
        <translation>The check digit is %1, but for %2 it must be %3.</translation>
    </message>
    <message>
        <source>%1 is an individual’s tax number (it starts with %2); an organisation’s NIPC starts with 5, 6, 7, 8 or 9.</source>
        <translation>%1 is an individual’s tax number (it starts with %2); an organisation’s NIPC starts with 5, 6, 7, 8 or 9.</translation>
    </message>
</context>
<context>
    <name>PhoneValidator</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>The phone number contains “%1” at position %2; use digits, spaces, dots or hyphens after a “+” and the country code.</source>
        <translation>The phone number contains “%1” at position %2; use digits, spaces, dots or hyphens after a “+” and the country code.</translation>
    </message>
    <message>
        <source>“%1” has %2 digits; a Portuguese number has nine, and a foreign one needs “+” and its country code, as in +44.2071234567.</source>
        <translation>“%1” has %2 digits; a Portuguese number has nine, and a foreign one needs “+” and its country code, as in +44.2071234567.</translation>
    </message>
    <message>
        <source>“+%1” is not a country code; country codes have one to three digits and never start with 0.</source>
        <translation>“+%1” is not a country code; country codes have one to three digits and never start with 0.</translation>
    </message>
    <message>
        <source>A Portuguese number has nine digits, but %1 has %2.</source>
        <translation>A Portuguese number has nine digits, but %1 has %2.</translation>
    </message>
    <message>
        <source>Portuguese numbers start with 2, 3, 7, 8 or 9, but %1 starts with %2.</source>
        <translation>Portuguese numbers start with 2, 3, 7, 8 or 9, but %1 starts with %2.</translation>
    </message>
    <message>
        <source>The number after the country code +%1 has %2 digits; it must have %3 to %4.</source>
        <translation>The number after the country code +%1 has %2 digits; it must have %3 to %4.</translation>
    </message>
</context>
<context>
    <name>PortfolioService</name>
    <message>
        <source>Contact %1, field &quot;%2&quot;: %3</source>
        <translation>Contact %1, field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The contact handle &quot;%1&quot; is not valid: use 3 to 16 letters, digits, dots, hyphens or underscores.</source>
        <translation>The contact handle &quot;%1&quot; is not valid: use 3 to 16 letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>A VAT number (NIF or NIPC) is required.</source>
        <translation>A VAT number (NIF or NIPC) is required.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>mobile phone</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>identity document</translation>
    </message>
    <message>
        <source>%1: the expiry date is required.</source>
        <translation>%1: the expiry date is required.</translation>
    </message>
    <message>
        <source>%1: the creation date %2 is after the expiry date %3.</source>
        <translation>%1: the creation date %2 is after the expiry date %3.</translation>
    </message>
    <message>
        <source>The domain with id %1 disappeared while it was being updated.</source>
        <translation>The domain with id %1 disappeared while it was being updated.</translation>
    </message>
    <message>
        <source>Added to the portfolio, expiring %1, auto-renew %2.</source>
        <translation>Added to the portfolio, expiring %1, auto-renew %2.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>There is no domain named %1 in the portfolio.</source>
        <translation>There is no domain named %1 in the portfolio.</translation>
    </message>
    <message>
        <source>%1 already has an open action of this kind (action %2); close it before opening another.</source>
        <translation>%1 already has an open action of this kind (action %2); close it before opening another.</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>There is no contact with the handle %1.</translation>
    </message>
    <message>
        <source>Owner change opened at %1.</source>
        <translation>Owner change opened at %1.</translation>
    </message>
    <message>
        <source>Registrant verification opened at %1.</source>
        <translation>Registrant verification opened at %1.</translation>
    </message>
    <message>
        <source>There is no action with id %1.</source>
        <translation>There is no action with id %1.</translation>
    </message>
    <message>
        <source>Action %1 is closed already.</source>
        <translation>Action %1 is closed already.</translation>
    </message>
    <message>
        <source>Action %1: %2 is before its last step (%3).</source>
        <translation>Action %1: %2 is before its last step (%3).</translation>
    </message>
    <message>
        <source>The current holder approved the owner change at %1.</source>
        <translation>The current holder approved the owner change at %1.</translation>
    </message>
    <message>
        <source>The new holder approved the owner change at %1; the registry now verifies the new holder.</source>
        <translation>The new holder approved the owner change at %1; the registry now verifies the new holder.</translation>
    </message>
    <message>
        <source>Action %1 has no further step; close it with its outcome.</source>
        <translation>Action %1 has no further step; close it with its outcome.</translation>
    </message>
    <message>
        <source>Action %1: say what the outcome was.</source>
        <translation>Action %1: say what the outcome was.</translation>
    </message>
    <message>
        <source>Action %1 closed at %2: %3</source>
        <translation>Action %1 closed at %2: %3</translation>
    </message>
    <message>
        <source>Unknown setting %1; the alert thresholds are %2.</source>
        <translation>Unknown setting %1; the alert thresholds are %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of days from 0 to 3650.</source>
        <translation>%1: &quot;%2&quot; is not a number of days from 0 to 3650.</translation>
    </message>
    <message>
        <source>The alert thresholds must stay in order: critical (%1 days) &lt;= warning (%2 days) &lt;= notice (%3 days).</source>
        <translation>The alert thresholds must stay in order: critical (%1 days) &lt;= warning (%2 days) &lt;= notice (%3 days).</translation>
    </message>
    <message>
        <source>%1: the date %2 is outside the years %3 to %4.</source>
        <translation>%1: the date %2 is outside the years %3 to %4.</translation>
    </message>
    <message>
        <source>%1: a domain in the %2 programme needs its creation date.</source>
        <translation>%1: a domain in the %2 programme needs its creation date.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>ROID</source>
        <translation>ROID</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statuses</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>holder</translation>
    </message>
    <message>
        <source>tech contacts</source>
        <translation>tech contacts</translation>
    </message>
    <message>
        <source>name servers</source>
        <translation>name servers</translation>
    </message>
    <message>
        <source>DS records</source>
        <translation>DS records</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiry</translation>
    </message>
    <message>
        <source>auto-renew</source>
        <translation>auto-renew</translation>
    </message>
    <message>
        <source>arbitration</source>
        <translation>arbitration</translation>
    </message>
    <message>
        <source>owner confirmation</source>
        <translation>owner confirmation</translation>
    </message>
    <message>
        <source>registry lock</source>
        <translation>registry lock</translation>
    </message>
    <message>
        <source>The registry says %1 sponsors this domain now: it was transferred away.</source>
        <translation>The registry says %1 sponsors this domain now: it was transferred away.</translation>
    </message>
    <message>
        <source>The registry shows this domain as ours again.</source>
        <translation>The registry shows this domain as ours again.</translation>
    </message>
    <message>
        <source>Refreshed from the registry: %1</source>
        <translation>Refreshed from the registry: %1</translation>
    </message>
    <message>
        <source>The registry does not have this domain (%1); it stays in the portfolio, flagged.</source>
        <translation>The registry does not have this domain (%1); it stays in the portfolio, flagged.</translation>
    </message>
    <message>
        <source>The registry will not show this domain to us (%1): another registrar sponsors it.</source>
        <translation>The registry will not show this domain to us (%1): another registrar sponsors it.</translation>
    </message>
    <message>
        <source>The registry shows the new holder %1: the owner change is done.</source>
        <translation>The registry shows the new holder %1: the owner change is done.</translation>
    </message>
    <message>
        <source>The domain was transferred to another registrar.</source>
        <translation>The domain was transferred to another registrar.</translation>
    </message>
    <message>
        <source>The domain was deleted at the registry.</source>
        <translation>The domain was deleted at the registry.</translation>
    </message>
    <message>
        <source>Registry message %1: %2</source>
        <translation>Registry message %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>&quot;%1&quot; is not a host name.</translation>
    </message>
    <message>
        <source>Give 2 to 13 name servers.</source>
        <translation>Give 2 to 13 name servers.</translation>
    </message>
    <message>
        <source>Draft: name servers %1.</source>
        <translation>Draft: name servers %1.</translation>
    </message>
    <message>
        <source>Auto-renew is on or off, not &quot;%1&quot;.</source>
        <translation>Auto-renew is on or off, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Draft: auto-renew %1.</source>
        <translation>Draft: auto-renew %1.</translation>
    </message>
    <message>
        <source>A .pt domain is renewed for 1, 3 or 5 years, not &quot;%1&quot;.</source>
        <translation>A .pt domain is renewed for 1, 3 or 5 years, not &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Draft: renew for %n year(s).</source>
        <translation>
            <numerusform>Draft: renew for %n year.</numerusform>
            <numerusform>Draft: renew for %n years.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: owner change to %1.</source>
        <translation>Draft: owner change to %1.</translation>
    </message>
</context>
<context>
    <name>PostcodeValidator</name>
    <message>
        <source>Enter a postcode.</source>
        <translation>Enter a postcode.</translation>
    </message>
    <message>
        <source>The postcode contains “%1” at position %2; write it as four digits, a hyphen and three digits, as in 1000-001.</source>
        <translation>The postcode contains “%1” at position %2; write it as four digits, a hyphen and three digits, as in 1000-001.</translation>
    </message>
    <message>
        <source>“%1” is not a postcode; Portuguese postcodes have four digits, a hyphen and three digits, as in 1000-001.</source>
        <translation>“%1” is not a postcode; Portuguese postcodes have four digits, a hyphen and three digits, as in 1000-001.</translation>
    </message>
    <message>
        <source>Portuguese postcodes start with a digit from 1 to 9, but %1 starts with 0.</source>
        <translation>Portuguese postcodes start with a digit from 1 to 9, but %1 starts with 0.</translation>
    </message>
</context>
<context>
    <name>RegistryConnection</name>
    <message>
        <source>%1: cannot read %2 (%3).</source>
        <translation>%1: cannot read %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1: %2 is empty.</translation>
    </message>
    <message>
        <source>Give either --profile or --registry, not both.</source>
        <translation>Give either --profile or --registry, not both.</translation>
    </message>
    <message>
        <source>--profile: there is no registry profile named %1.</source>
        <translation>--profile: there is no registry profile named %1.</translation>
    </message>
    <message>
        <source>--registry: &quot;%1&quot; is not a port from 1 to 65535.</source>
        <translation>--registry: &quot;%1&quot; is not a port from 1 to 65535.</translation>
    </message>
    <message>
        <source>Say which registry to use: --profile NAME, or --registry HOST:PORT with --login and --password-file.</source>
        <translation>Say which registry to use: --profile NAME, or --registry HOST:PORT with --login and --password-file.</translation>
    </message>
    <message>
        <source>%1 Give the password with --password-file FILE.</source>
        <translation>%1 Give the password with --password-file FILE.</translation>
    </message>
    <message>
        <source>--registry needs --password-file FILE: the password is never given on the command line, where other users could see it.</source>
        <translation>--registry needs --password-file FILE: the password is never given on the command line, where other users could see it.</translation>
    </message>
</context>
<context>
    <name>RegistryProfiles</name>
    <message>
        <source>The profile name must be 1 to 32 letters, digits, dots, hyphens or underscores, starting with a letter or a digit.</source>
        <translation>The profile name must be 1 to 32 letters, digits, dots, hyphens or underscores, starting with a letter or a digit.</translation>
    </message>
    <message>
        <source>Fill in the host name of the registry&apos;s EPP server.</source>
        <translation>Fill in the host name of the registry&apos;s EPP server.</translation>
    </message>
    <message>
        <source>The host %1 is not a host name or an address: no spaces, no scheme, no path.</source>
        <translation>The host %1 is not a host name or an address: no spaces, no scheme, no path.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message numerus="yes">
        <source>The login id must have 3 to 16 characters; it has %n.</source>
        <translation>
            <numerusform>The login id must have 3 to 16 characters; it has %n.</numerusform>
            <numerusform>The login id must have 3 to 16 characters; it has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login id cannot start or end with a space, hold two spaces in a row, a tab or a line break.</source>
        <translation>The login id cannot start or end with a space, hold two spaces in a row, a tab or a line break.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>The CA certificate file %1 does not exist.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 is not a file this program can read.</source>
        <translation>The CA certificate file %1 is not a file this program can read.</translation>
    </message>
    <message>
        <source>The client certificate file %1 does not exist.</source>
        <translation>The client certificate file %1 does not exist.</translation>
    </message>
    <message>
        <source>The client certificate file %1 is not a file this program can read.</source>
        <translation>The client certificate file %1 is not a file this program can read.</translation>
    </message>
    <message>
        <source>The client key file %1 does not exist.</source>
        <translation>The client key file %1 does not exist.</translation>
    </message>
    <message>
        <source>The client key file %1 is not a file this program can read.</source>
        <translation>The client key file %1 is not a file this program can read.</translation>
    </message>
    <message>
        <source>The registry profile %1 cannot be saved:</source>
        <translation>The registry profile %1 cannot be saved:</translation>
    </message>
    <message>
        <source>There is no registry profile named %1.</source>
        <translation>There is no registry profile named %1.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Cannot write the settings file %1.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>A stand-in for the .PT registry: EPP over TLS on loopback, with the .PT extensions and policies, for tests and demonstrations.</source>
        <translation>A stand-in for the .PT registry: EPP over TLS on loopback, with the .PT extensions and policies, for tests and demonstrations.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port to listen on (0: any free port).</translation>
    </message>
    <message>
        <source>Start with a generated portfolio of N domains.</source>
        <translation>Start with a generated portfolio of N domains.</translation>
    </message>
    <message>
        <source>Seed of the generated portfolio.</source>
        <translation>Seed of the generated portfolio.</translation>
    </message>
    <message>
        <source>Start the registry&apos;s clock at this moment (ISO 8601 with a zone).</source>
        <translation>Start the registry&apos;s clock at this moment (ISO 8601 with a zone).</translation>
    </message>
    <message>
        <source>Write the certificate authority clients must trust to FILE.</source>
        <translation>Write the certificate authority clients must trust to FILE.</translation>
    </message>
    <message>
        <source>Write the password of the sandbox registrar to FILE.</source>
        <translation>Write the password of the sandbox registrar to FILE.</translation>
    </message>
    <message>
        <source>Serve this certificate (PEM) instead of a generated one; needs --key.</source>
        <translation>Serve this certificate (PEM) instead of a generated one; needs --key.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --cert.</source>
        <translation>Private key (PEM) of --cert.</translation>
    </message>
    <message>
        <source>pt_PT or en (default: the system&apos;s).</source>
        <translation>pt_PT or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>--port must be 0 to 65535.</source>
        <translation>--port must be 0 to 65535.</translation>
    </message>
    <message>
        <source>--domains must be a number of domains.</source>
        <translation>--domains must be a number of domains.</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 moment with a zone.</source>
        <translation>--now needs an ISO 8601 moment with a zone.</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert and --key go together.</translation>
    </message>
    <message>
        <source>Cannot read --cert or --key.</source>
        <translation>Cannot read --cert or --key.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>registry-sandbox listening on 127.0.0.1:%1</source>
        <translation>registry-sandbox listening on 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>login %1; %2 domains, %3 contacts</source>
        <translation>login %1; %2 domains, %3 contacts</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation>Cannot save the setting %1.</translation>
    </message>
    <message>
        <source>Cannot remove the setting %1.</source>
        <translation>Cannot remove the setting %1.</translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>Cannot record the start of the refresh.</source>
        <translation>Cannot record the start of the refresh.</translation>
    </message>
    <message>
        <source>Cannot record the progress of the refresh.</source>
        <translation>Cannot record the progress of the refresh.</translation>
    </message>
    <message>
        <source>Cannot record what the registry said of the domain.</source>
        <translation>Cannot record what the registry said of the domain.</translation>
    </message>
    <message>
        <source>Cannot record what the registry said of the contact.</source>
        <translation>Cannot record what the registry said of the contact.</translation>
    </message>
</context>
<context>
    <name>SystemCredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation>system keychain</translation>
    </message>
    <message>
        <source>Cannot save the %1 of the profile %2 in the %3.</source>
        <translation>Cannot save the %1 of the profile %2 in the %3.</translation>
    </message>
    <message>
        <source>No %1 is stored for the profile %2 in the %3.</source>
        <translation>No %1 is stored for the profile %2 in the %3.</translation>
    </message>
    <message>
        <source>Cannot read the %1 of the profile %2 from the %3.</source>
        <translation>Cannot read the %1 of the profile %2 from the %3.</translation>
    </message>
    <message>
        <source>Cannot remove the %1 of the profile %2 from the %3.</source>
        <translation>Cannot remove the %1 of the profile %2 from the %3.</translation>
    </message>
    <message>
        <source>The %1 does not answer.</source>
        <translation>The %1 does not answer.</translation>
    </message>
</context>
<context>
    <name>rd::Epp</name>
    <message>
        <source>The EPP response has a result without a valid code (“%1”); codes run from 1000 to 2999.</source>
        <translation>The EPP response has a result without a valid code (“%1”); codes run from 1000 to 2999.</translation>
    </message>
    <message>
        <source>The message is not EPP: its root element is &lt;%1&gt; in the namespace “%2”, where &lt;epp&gt; in “%3” was expected.</source>
        <translation>The message is not EPP: its root element is &lt;%1&gt; in the namespace “%2”, where &lt;epp&gt; in “%3” was expected.</translation>
    </message>
    <message>
        <source>The EPP message is empty, not a greeting.</source>
        <translation>The EPP message is empty, not a greeting.</translation>
    </message>
    <message>
        <source>The EPP message is a &lt;%1&gt;, not a greeting.</source>
        <translation>The EPP message is a &lt;%1&gt;, not a greeting.</translation>
    </message>
    <message>
        <source>The EPP message is empty, not a response.</source>
        <translation>The EPP message is empty, not a response.</translation>
    </message>
    <message>
        <source>The EPP message is a &lt;%1&gt;, not a response.</source>
        <translation>The EPP message is a &lt;%1&gt;, not a response.</translation>
    </message>
    <message>
        <source>The EPP response has no result code.</source>
        <translation>The EPP response has no result code.</translation>
    </message>
    <message>
        <source>The XML document is empty.</source>
        <translation>The XML document is empty.</translation>
    </message>
    <message>
        <source>The XML declares a document type (DOCTYPE) or entities, which EPP does not allow; it was refused.</source>
        <translation>The XML declares a document type (DOCTYPE) or entities, which EPP does not allow; it was refused.</translation>
    </message>
    <message>
        <source>The XML refers to an undeclared entity (&amp;%1;).</source>
        <translation>The XML refers to an undeclared entity (&amp;%1;).</translation>
    </message>
    <message>
        <source>The XML nests elements more than %1 levels deep.</source>
        <translation>The XML nests elements more than %1 levels deep.</translation>
    </message>
    <message>
        <source>the document ends before it is complete</source>
        <translation>the document ends before it is complete</translation>
    </message>
    <message>
        <source>The XML is not well formed (line %1, column %2): %3.</source>
        <translation>The XML is not well formed (line %1, column %2): %3.</translation>
    </message>
    <message>
        <source>The XML has no root element.</source>
        <translation>The XML has no root element.</translation>
    </message>
</context>
<context>
    <name>rd::EppSession</name>
    <message>
        <source>The session ended before the registry answered.</source>
        <translation>The session ended before the registry answered.</translation>
    </message>
    <message>
        <source>The session ended before the command was sent.</source>
        <translation>The session ended before the command was sent.</translation>
    </message>
    <message>
        <source>Connected to %1:%2 (%3).</source>
        <translation>Connected to %1:%2 (%3).</translation>
    </message>
    <message>
        <source>An answer came that no command asked for; it was ignored.</source>
        <translation>An answer came that no command asked for; it was ignored.</translation>
    </message>
    <message>
        <source>%1:%2 did not greet as an EPP server: %3</source>
        <translation>%1:%2 did not greet as an EPP server: %3</translation>
    </message>
    <message>
        <source>The registry speaks EPP %1, not 1.0.</source>
        <translation>The registry speaks EPP %1, not 1.0.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer to the login could not be read: %1</source>
        <translation>The registry&apos;s answer to the login could not be read: %1</translation>
    </message>
    <message>
        <source>The registry refused the login of %1: %2 (code %3).</source>
        <translation>The registry refused the login of %1: %2 (code %3).</translation>
    </message>
    <message>
        <source>The registry&apos;s answer to %1 could not be read: %2</source>
        <translation>The registry&apos;s answer to %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The connection to the registry is closed.</source>
        <translation>The connection to the registry is closed.</translation>
    </message>
    <message>
        <source>The registry closed the connection.</source>
        <translation>The registry closed the connection.</translation>
    </message>
    <message>
        <source>The connection broke after %1 was sent and before the registry answered (%2). Check the object with an info before sending it again.</source>
        <translation>The connection broke after %1 was sent and before the registry answered (%2). Check the object with an info before sending it again.</translation>
    </message>
    <message>
        <source>The session was closed before the command was sent.</source>
        <translation>The session was closed before the command was sent.</translation>
    </message>
    <message>
        <source>The session is closing; the command was not sent.</source>
        <translation>The session is closing; the command was not sent.</translation>
    </message>
</context>
<context>
    <name>rd::EppTransport</name>
    <message>
        <source>it is self-signed and not among the trusted certificates</source>
        <translation>it is self-signed and not among the trusted certificates</translation>
    </message>
    <message>
        <source>it was issued by an unknown certificate authority, not one of those trusted</source>
        <translation>it was issued by an unknown certificate authority, not one of those trusted</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>it expired on %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>it is not valid before %1</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>it was issued for %1, not for %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>it has been revoked</translation>
    </message>
    <message>
        <source>it is not meant for a TLS server</source>
        <translation>it is not meant for a TLS server</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>the server sent no certificate</translation>
    </message>
    <message>
        <source>This system offers no TLS support: the OpenSSL 3 library was not found.</source>
        <translation>This system offers no TLS support: the OpenSSL 3 library was not found.</translation>
    </message>
    <message>
        <source>No server host name was given.</source>
        <translation>No server host name was given.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 could not be read: %2</source>
        <translation>The certificate authority file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate.</source>
        <translation>The certificate authority file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The client certificate file %1 could not be read: %2</source>
        <translation>The client certificate file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>The client certificate file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The private key file %1 could not be read: %2</source>
        <translation>The private key file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The private key in %1 could not be read: the passphrase is wrong or missing, or the file holds no PEM private key.</source>
        <translation>The private key in %1 could not be read: the passphrase is wrong or missing, or the file holds no PEM private key.</translation>
    </message>
    <message>
        <source>A private key was given without the client certificate it belongs to.</source>
        <translation>A private key was given without the client certificate it belongs to.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port, or a firewall turns it away.</source>
        <translation>%1 refused the connection: nothing listens on that port, or a firewall turns it away.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>The host %1 was not found.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>The connection to %1 timed out.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake; it may not accept TLS 1.2 or newer, or it may require a client certificate.</source>
        <translation>%1 closed the connection during the TLS handshake; it may not accept TLS 1.2 or newer, or it may require a client certificate.</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted: %2.</source>
        <translation>The certificate of %1 was not accepted: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>The TLS handshake with %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 broke off the TLS session: %2</source>
        <translation>%1 broke off the TLS session: %2</translation>
    </message>
    <message>
        <source>The TLS settings for %1 were refused: %2</source>
        <translation>The TLS settings for %1 were refused: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>The connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 broke the EPP framing: %2</source>
        <translation>%1 broke the EPP framing: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 closed the connection during the TLS handshake.</translation>
    </message>
    <message>
        <source>it may require a client certificate, and none was given</source>
        <translation>it may require a client certificate, and none was given</translation>
    </message>
    <message>
        <source>it may not accept the client certificate in %1</source>
        <translation>it may not accept the client certificate in %1</translation>
    </message>
    <message>
        <source>%1 closed the connection right after the TLS handshake, before its greeting: %2.</source>
        <translation>%1 closed the connection right after the TLS handshake, before its greeting: %2.</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes</source>
        <translation>%1 of its %2 bytes</translation>
    </message>
    <message>
        <source>%1 bytes of its length header</source>
        <translation>%1 bytes of its length header</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a frame (%2 had arrived); the partial frame was lost.</source>
        <translation>%1 closed the connection in the middle of a frame (%2 had arrived); the partial frame was lost.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 closed the connection before answering.</translation>
    </message>
    <message>
        <source>No TLS session with %1 within %2 ms.</source>
        <translation>No TLS session with %1 within %2 ms.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 ms while an answer was awaited.</source>
        <translation>%1 sent nothing for %2 ms while an answer was awaited.</translation>
    </message>
</context>
<context>
    <name>rd::RefreshEngine</name>
    <message>
        <source>would be flagged: %1</source>
        <translation>would be flagged: %1</translation>
    </message>
    <message>
        <source>would be flagged: sponsored by %1</source>
        <translation>would be flagged: sponsored by %1</translation>
    </message>
</context>
<context>
    <name>rd::sandbox::SandboxServer</name>
    <message>
        <source>Cannot make a certificate for the sandbox.</source>
        <translation>Cannot make a certificate for the sandbox.</translation>
    </message>
    <message>
        <source>Cannot use the sandbox certificate.</source>
        <translation>Cannot use the sandbox certificate.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No certificate authority is known for the certificate served; give clients its authority yourself.</source>
        <translation>No certificate authority is known for the certificate served; give clients its authority yourself.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionTableModel</name>
    <message>
        <source>Owner change</source>
        <translation>Owner change</translation>
    </message>
    <message>
        <source>Registrant verification</source>
        <translation>Registrant verification</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting for the holder</source>
        <translation>Waiting for the holder</translation>
    </message>
    <message>
        <source>Waiting for the new holder</source>
        <translation>Waiting for the new holder</translation>
    </message>
    <message>
        <source>Verifying the new holder</source>
        <translation>Verifying the new holder</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>New holder</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionsPage</name>
    <message>
        <source>Filter by domain, assignee or new holder…  (Ctrl+F)</source>
        <translation>Filter by domain, assignee or new holder…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deadline window</source>
        <translation>Deadline window</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Within 24 hours</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>Within 60 days</source>
        <translation>Within 60 days</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Within 90 days</translation>
    </message>
    <message>
        <source>Level of the next deadline</source>
        <translation>Level of the next deadline</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Kind of action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>State of the action</source>
        <translation>State of the action</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln open action(s)</source>
        <translation>
            <numerusform>%1 of %Ln open action</numerusform>
            <numerusform>%1 of %Ln open actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Verification requested</source>
        <translation>Verification requested</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <source>The registry asked the holder to prove their identity.</source>
        <translation>The registry asked the holder to prove their identity.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
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
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Domains held</source>
        <translation>Domains held</translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactsPage</name>
    <message>
        <source>Filter by handle, name, NIF or e-mail…  (Ctrl+F)</source>
        <translation>Filter by handle, name, NIF or e-mail…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Persons and organisations</source>
        <translation>Persons and organisations</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Any verification</source>
        <translation>Any verification</translation>
    </message>
    <message>
        <source>Domains held</source>
        <translation>Domains held</translation>
    </message>
    <message>
        <source>With or without domains</source>
        <translation>With or without domains</translation>
    </message>
    <message>
        <source>Holders of domains</source>
        <translation>Holders of domains</translation>
    </message>
    <message>
        <source>Holding no domain</source>
        <translation>Holding no domain</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 of %Ln contact</numerusform>
            <numerusform>%1 of %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::DomainTableModel</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Auto-renew</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Whether the registry renews the domain automatically. Without it a .pt domain is deleted 30 days before it expires.</source>
        <translation>Whether the registry renews the domain automatically. Without it a .pt domain is deleted 30 days before it expires.</translation>
    </message>
    <message>
        <source>Calendar days until the next deadline: 0 is today, negative numbers are days late.</source>
        <translation>Calendar days until the next deadline: 0 is today, negative numbers are days late.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or less</source>
        <translation>
            <numerusform>%n day or less</numerusform>
            <numerusform>%n days or less</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: past the deadline. Critical: %1. Warning: %2. Notice: %3.</source>
        <translation>Overdue: past the deadline. Critical: %1. Warning: %2. Notice: %3.</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Gone from the registry</source>
        <translation>Gone from the registry</translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation>Transferred away</translation>
    </message>
    <message>
        <source>What the last sync found at the registry.</source>
        <translation>What the last sync found at the registry.</translation>
    </message>
    <message>
        <source>Holder handle</source>
        <translation>Holder handle</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Registry status</translation>
    </message>
</context>
<context>
    <name>rd::ui::DomainsPage</name>
    <message>
        <source>Filter by domain, holder, handle or NIF…  (Ctrl+F)</source>
        <translation>Filter by domain, holder, handle or NIF…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deadline window</source>
        <translation>Deadline window</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Within 24 hours</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>Within 60 days</source>
        <translation>Within 60 days</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Within 90 days</translation>
    </message>
    <message>
        <source>Level of the next deadline</source>
        <translation>Level of the next deadline</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>Kind of the next deadline</source>
        <translation>Kind of the next deadline</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Any programme</source>
        <translation>Any programme</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Automatic renewal</translation>
    </message>
    <message>
        <source>Auto-renew: any</source>
        <translation>Auto-renew: any</translation>
    </message>
    <message>
        <source>Auto-renew on</source>
        <translation>Auto-renew on</translation>
    </message>
    <message>
        <source>Auto-renew off</source>
        <translation>Auto-renew off</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Registry status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Paste names…</source>
        <translation>Paste names…</translation>
    </message>
    <message>
        <source>Show only the domains of a list (one per line, or separated by commas or spaces).</source>
        <translation>Show only the domains of a list (one per line, or separated by commas or spaces).</translation>
    </message>
    <message>
        <source>Show all names</source>
        <translation>Show all names</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n pasted name(s).</source>
        <translation>
            <numerusform>Only the %n pasted name.</numerusform>
            <numerusform>Only the %n pasted names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the portfolio: %1</source>
        <translation>
            <numerusform>%n not in the portfolio: %1</numerusform>
            <numerusform>%n not in the portfolio: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these domains</source>
        <translation>Show only these domains</translation>
    </message>
    <message>
        <source>Paste the domain names, one per line or separated by commas or spaces:</source>
        <translation>Paste the domain names, one per line or separated by commas or spaces:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln domain(s)</source>
        <translation>
            <numerusform>%1 of %Ln domain</numerusform>
            <numerusform>%1 of %Ln domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>Registrar Desk — %1</source>
        <translation>Registrar Desk — %1</translation>
    </message>
    <message>
        <source>Filter by domain or holder…</source>
        <translation>Filter by domain or holder…</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Registrar Desk</source>
        <translation>&amp;About Registrar Desk</translation>
    </message>
    <message>
        <source>About Registrar Desk</source>
        <translation>About Registrar Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registrar Desk %1&lt;/b&gt;&lt;p&gt;The support desk for .pt domains: holders, pending actions and every deadline of the .PT rules.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Registrar Desk %1&lt;/b&gt;&lt;p&gt;The support desk for .pt domains: holders, pending actions and every deadline of the .PT rules.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::TablePage</name>
    <message>
        <source>Quick filter (Ctrl+F). Esc clears it; Esc again clears every filter.</source>
        <translation>Quick filter (Ctrl+F). Esc clears it; Esc again clears every filter.</translation>
    </message>
    <message>
        <source>Saved views: a filter, the columns shown and the sort, under a name.</source>
        <translation>Saved views: a filter, the columns shown and the sort, under a name.</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
    <message>
        <source>(no saved view)</source>
        <translation>(no saved view)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of the view (a view with the same name is replaced):</source>
        <translation>Name of the view (a view with the same name is replaced):</translation>
    </message>
</context>
</TS>
