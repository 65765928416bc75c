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
    <name>AutoRenewChange</name>
    <message>
        <source>Turn auto-renew on for %1?

The registry will renew it automatically when it expires on %2, and charge the renewal.</source>
        <translation>Turn auto-renew on for %1?

The registry will renew it automatically when it expires on %2, and charge the renewal.</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1?

The registry will then DELETE %1 on %2, 30 days before it expires on %3, unless it is renewed before that date.</source>
        <translation>Turn auto-renew off for %1?

The registry will then DELETE %1 on %2, 30 days before it expires on %3, unless it is renewed before that date.</translation>
    </message>
    <message>
        <source>Turn auto-renew on</source>
        <translation>Turn auto-renew on</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Turn auto-renew off</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>Domain deadlines</source>
        <translation>Domain deadlines</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Level: %2</source>
        <extracomment>%1 the deadline explained in a sentence, %2 its alert level</extracomment>
        <translation>%1
Level: %2</translation>
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
    <message>
        <source>The registry does not have this domain: there is nothing to delete.</source>
        <translation>The registry does not have this domain: there is nothing to delete.</translation>
    </message>
    <message>
        <source>The registry shows this already: nothing would be sent.</source>
        <translation>The registry shows this already: nothing would be sent.</translation>
    </message>
    <message>
        <source>name servers: %1 → %2</source>
        <translation>name servers: %1 → %2</translation>
    </message>
    <message>
        <source>auto-renew: %1 → %2</source>
        <translation>auto-renew: %1 → %2</translation>
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
        <source>Without auto-renew the registry deletes the domain on %1, 30 days before it expires, unless it is renewed.</source>
        <translation>Without auto-renew the registry deletes the domain on %1, 30 days before it expires, unless it is renewed.</translation>
    </message>
    <message>
        <source>expiry: %1 → %2</source>
        <translation>expiry: %1 → %2</translation>
    </message>
    <message>
        <source>holder: %1 → %2</source>
        <translation>holder: %1 → %2</translation>
    </message>
    <message>
        <source>Both holders then have 8 days each to approve at the registry; the new holder may be asked to prove its data within 2 days.</source>
        <translation>Both holders then have 8 days each to approve at the registry; the new holder may be asked to prove its data within 2 days.</translation>
    </message>
    <message>
        <source>tech contacts: %1 → %2</source>
        <translation>tech contacts: %1 → %2</translation>
    </message>
    <message>
        <source>DS records: %1 → %2</source>
        <translation>DS records: %1 → %2</translation>
    </message>
    <message>
        <source>sponsor: %1 → %2</source>
        <translation>sponsor: %1 → %2</translation>
    </message>
    <message>
        <source>another registrar</source>
        <translation>another registrar</translation>
    </message>
    <message>
        <source>The domain %1 is deleted at the registry, with its name servers and DS records; this cannot be undone.</source>
        <translation>The domain %1 is deleted at the registry, with its name servers and DS records; this cannot be undone.</translation>
    </message>
    <message>
        <source>A transfer in needs the domain&apos;s auth code.</source>
        <translation>A transfer in needs the domain&apos;s auth code.</translation>
    </message>
    <message>
        <source>Draft %1 not sent: the registry does not have the domain.</source>
        <translation>Draft %1 not sent: the registry does not have the domain.</translation>
    </message>
    <message>
        <source>Nothing sent: the registry shows this already.</source>
        <translation>Nothing sent: the registry shows this already.</translation>
    </message>
    <message>
        <source>Draft %1 not sent: the registry shows it already.</source>
        <translation>Draft %1 not sent: the registry shows it already.</translation>
    </message>
    <message>
        <source>deleted at our request</source>
        <translation>deleted at our request</translation>
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
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>%1 of %2: %3 → %4</source>
        <translation>%1 of %2: %3 → %4</translation>
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
        <source>--names-file: cannot read %1: %2</source>
        <translation>--names-file: cannot read %1: %2</translation>
    </message>
    <message>
        <source>--transfer-in takes exactly one domain: each has its own auth code.</source>
        <translation>--transfer-in takes exactly one domain: each has its own auth code.</translation>
    </message>
    <message>
        <source>--delete --send deletes at the registry and cannot be undone; add --yes to confirm.</source>
        <translation>--delete --send deletes at the registry and cannot be undone; add --yes to confirm.</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: skipped: %2</translation>
    </message>
    <message>
        <source>%1: draft %2 kept.</source>
        <translation>%1: draft %2 kept.</translation>
    </message>
    <message>
        <source>Drafts are sent with: change --draft ID[,ID...] --send</source>
        <translation>Drafts are sent with: change --draft ID[,ID...] --send</translation>
    </message>
    <message>
        <source>No draft to send or review.</source>
        <translation>No draft to send or review.</translation>
    </message>
    <message>
        <source>%1 (draft %2): cannot review: %3</source>
        <translation>%1 (draft %2): cannot review: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2):</source>
        <translation>%1 (draft %2):</translation>
    </message>
    <message>
        <source>%1 (draft %2): not sent: a deletion cannot be undone; add --yes to confirm.</source>
        <translation>%1 (draft %2): not sent: a deletion cannot be undone; add --yes to confirm.</translation>
    </message>
    <message>
        <source>%1 (draft %2): done: %3</source>
        <translation>%1 (draft %2): done: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2): skipped: %3</source>
        <translation>%1 (draft %2): skipped: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2): failed: %3</source>
        <translation>%1 (draft %2): failed: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2): outcome unknown: %3</source>
        <translation>%1 (draft %2): outcome unknown: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2): not sent: %3</source>
        <translation>%1 (draft %2): not sent: %3</translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, %3 failed, %4 with an unknown outcome.</source>
        <translation>%1 done, %2 skipped, %3 failed, %4 with an unknown outcome.</translation>
    </message>
    <message>
        <source>Spreadsheets (CSV; &apos;;&apos;, &apos;,&apos; or tab; UTF-8, UTF-16, windows-1252 or
ISO-8859-15, detected):
  import domains|contacts FILE [--dry-run] [--partial] [--rejects FILE]
         [--delimiter C] [--encoding NAME] [--mapping FILE]
         [--save-mapping FILE] [--no-refresh]
  import undo
  export domains|contacts|actions -o FILE [--delimiter &apos;;&apos;|&apos;,&apos;] [--no-bom]
         [--within DAYS]
An import writes nothing unless every row is valid (or --partial is
given); it exits with 1 when any row was rejected.
</source>
        <translation>Spreadsheets (CSV; &apos;;&apos;, &apos;,&apos; or tab; UTF-8, UTF-16, windows-1252 or
ISO-8859-15, detected):
  import domains|contacts FILE [--dry-run] [--partial] [--rejects FILE]
         [--delimiter C] [--encoding NAME] [--mapping FILE]
         [--save-mapping FILE] [--no-refresh]
  import undo
  export domains|contacts|actions -o FILE [--delimiter &apos;;&apos;|&apos;,&apos;] [--no-bom]
         [--within DAYS]
An import writes nothing unless every row is valid (or --partial is
given); it exits with 1 when any row was rejected.
</translation>
    </message>
    <message>
        <source>export takes domains, contacts or actions, and -o FILE.</source>
        <translation>export takes domains, contacts or actions, and -o FILE.</translation>
    </message>
    <message>
        <source>export needs -o FILE.</source>
        <translation>export needs -o FILE.</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not &apos;;&apos; or &apos;,&apos;.</source>
        <translation>--delimiter: &quot;%1&quot; is not &apos;;&apos; or &apos;,&apos;.</translation>
    </message>
    <message>
        <source>--within: &quot;%1&quot; is not a number of days.</source>
        <translation>--within: &quot;%1&quot; is not a number of days.</translation>
    </message>
    <message>
        <source>--within applies to domains only.</source>
        <translation>--within applies to domains only.</translation>
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
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Creation date</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
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
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
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
        <source>New holder</source>
        <translation>New holder</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import takes domains or contacts and a file, or undo.</source>
        <translation>import takes domains or contacts and a file, or undo.</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>--delimiter: &quot;%1&quot; is not &apos;;&apos;, &apos;,&apos; or tab.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of %2.</source>
        <translation>--encoding: &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>%1 is a mapping for an import of %2.</source>
        <translation>%1 is a mapping for an import of %2.</translation>
    </message>
    <message>
        <source>line %1: %2 will change: %3</source>
        <translation>line %1: %2 will change: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Import %1 written; &quot;import undo&quot; takes it back.</source>
        <translation>Import %1 written; &quot;import undo&quot; takes it back.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was written: fix the rejected rows, or import the valid ones with --partial.</source>
        <translation>Nothing was written: fix the rejected rows, or import the valid ones with --partial.</translation>
    </message>
    <message>
        <source>import undo takes no arguments.</source>
        <translation>import undo takes no arguments.</translation>
    </message>
    <message>
        <source>Import %1 (%2, %3) undone: %4 records removed, %5 restored.</source>
        <translation>Import %1 (%2, %3) undone: %4 records removed, %5 restored.</translation>
    </message>
    <message>
        <source>Reports and calendar:
  report briefing|actions|programmes --format pdf|html|csv -o FILE
  report deletions [--within DAYS | --from DATETIME --to DATETIME]
         --format pdf|html|csv -o FILE
  report dossier NAME --format pdf|html -o FILE
  report personal-data HANDLE --format pdf|html -o FILE
  calendar [--within DAYS] -o FILE.ics
  settings set registrar.name TEXT   (the name on every report page)
CSV is for the tabular reports (deletions, actions, programmes); the
format may be left to the file&apos;s extension.
</source>
        <translation>Reports and calendar:
  report briefing|actions|programmes --format pdf|html|csv -o FILE
  report deletions [--within DAYS | --from DATETIME --to DATETIME]
         --format pdf|html|csv -o FILE
  report dossier NAME --format pdf|html -o FILE
  report personal-data HANDLE --format pdf|html -o FILE
  calendar [--within DAYS] -o FILE.ics
  settings set registrar.name TEXT   (the name on every report page)
CSV is for the tabular reports (deletions, actions, programmes); the
format may be left to the file&apos;s extension.
</translation>
    </message>
    <message>
        <source>registrar.name: give a name of 1 to %1 characters.</source>
        <translation>registrar.name: give a name of 1 to %1 characters.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>report takes a kind: %1.</source>
        <translation>report takes a kind: %1.</translation>
    </message>
    <message>
        <source>report: unknown kind &quot;%1&quot;; use %2.</source>
        <translation>report: unknown kind &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <source>report dossier takes exactly one domain name.</source>
        <translation>report dossier takes exactly one domain name.</translation>
    </message>
    <message>
        <source>report personal-data takes exactly one contact handle.</source>
        <translation>report personal-data takes exactly one contact handle.</translation>
    </message>
    <message>
        <source>report %1 takes no names.</source>
        <translation>report %1 takes no names.</translation>
    </message>
    <message>
        <source>--within, --from and --to go with the deletions report only.</source>
        <translation>--within, --from and --to go with the deletions report only.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from and --to go together.</translation>
    </message>
    <message>
        <source>Give either --within or --from and --to, not both.</source>
        <translation>Give either --within or --from and --to, not both.</translation>
    </message>
    <message>
        <source>report: -o FILE is required.</source>
        <translation>report: -o FILE is required.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of pdf, html, csv.</source>
        <translation>--format: &quot;%1&quot; is not one of pdf, html, csv.</translation>
    </message>
    <message>
        <source>report %1 has no CSV form; use pdf or html.</source>
        <translation>report %1 has no CSV form; use pdf or html.</translation>
    </message>
    <message>
        <source>calendar takes no names.</source>
        <translation>calendar takes no names.</translation>
    </message>
    <message>
        <source>calendar: -o FILE is required.</source>
        <translation>calendar: -o FILE is required.</translation>
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
  change NAME... [--names-file FILE] --ns HOST,HOST | --auto-renew on|off
         | --renew YEARS | --owner-change HANDLE | --tech HANDLE,HANDLE
         | --ds RECORDS|none | --transfer-in | --delete
         | --contact HANDLE [--email ADDRESS] [--phone NUMBER] [--mobile NUMBER]
         [--review | --send [--yes]] [--auth-code-file FILE]
  change --draft ID[,ID...] --review | --send [--auth-code-file FILE]
  drafts [NAME...] [--json]
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
  change NAME... [--names-file FILE] --ns HOST,HOST | --auto-renew on|off
         | --renew YEARS | --owner-change HANDLE | --tech HANDLE,HANDLE
         | --ds RECORDS|none | --transfer-in | --delete
         | --contact HANDLE [--email ADDRESS] [--phone NUMBER] [--mobile NUMBER]
         [--review | --send [--yes]] [--auth-code-file FILE]
  change --draft ID[,ID...] --review | --send [--auth-code-file FILE]
  drafts [NAME...] [--json]
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
        <source>change: give domains and one of --ns, --auto-renew, --renew, --owner-change, --tech, --ds, --transfer-in, --delete or --contact (drafts, reviewed with --review, sent with --send), or --draft ID[,ID...] with --review or --send.</source>
        <translation>change: give domains and one of --ns, --auto-renew, --renew, --owner-change, --tech, --ds, --transfer-in, --delete or --contact (drafts, reviewed with --review, sent with --send), or --draft ID[,ID...] with --review or --send.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(ignored)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>holder</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>creation date</translation>
    </message>
    <message>
        <source>auto-renew</source>
        <translation>auto-renew</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>handle</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
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
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>identity document</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the field %2 does not belong to an import of %3.</source>
        <translation>Column &quot;%1&quot;: the field %2 does not belong to an import of %3.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both hold the %3.</source>
        <translation>The columns &quot;%1&quot; and &quot;%2&quot; both hold the %3.</translation>
    </message>
    <message>
        <source>No column holds the %1; name it in the header (for example &quot;%2&quot;) or in a mapping.</source>
        <translation>No column holds the %1; name it in the header (for example &quot;%2&quot;) or in a mapping.</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object with &quot;kind&quot; (domains or contacts) and &quot;columns&quot;.</source>
        <translation>The mapping is not a JSON object with &quot;kind&quot; (domains or contacts) and &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping gives column &quot;%1&quot; an unknown field &quot;%2&quot;.</source>
        <translation>The mapping gives column &quot;%1&quot; an unknown field &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>To confirm, type %1:</source>
        <translation>To confirm, type %1:</translation>
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
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field; a quote inside a field must be doubled.</source>
        <translation>Line %1: text after the closing quote of a field; a quote inside a field must be doubled.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that does not start with one; quote the field and double the quote.</source>
        <translation>Line %1: a quote inside a field that does not start with one; quote the field and double the quote.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where the header has %3.</source>
        <translation>Line %1 has %2 fields where the header has %3.</translation>
    </message>
    <message>
        <source>Line %1 has a value in field %2, past the %3 columns of the header.</source>
        <translation>Line %1 has a value in field %2, past the %3 columns of the header.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>The file has no header line.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
    <name>DemoSandbox</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Cannot create a temporary folder for the demo: %1</translation>
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
    <message>
        <source>Start the registry sandbox in this program with a generated portfolio, sync a throwaway database from it (removed at exit, unless --db names a new file to keep) and open the desk on it.</source>
        <translation>Start the registry sandbox in this program with a generated portfolio, sync a throwaway database from it (removed at exit, unless --db names a new file to keep) and open the desk on it.</translation>
    </message>
    <message>
        <source>The page to open: today, domains, contacts or actions.</source>
        <translation>The page to open: today, domains, contacts or actions.</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is not one of today, domains, contacts or actions.</source>
        <translation>--view: &quot;%1&quot; is not one of today, domains, contacts or actions.</translation>
    </message>
    <message>
        <source>--demo --db: %1 exists already; the demo only writes a new database file.</source>
        <translation>--demo --db: %1 exists already; the demo only writes a new database file.</translation>
    </message>
    <message>
        <source>The demo registry cannot start: %1</source>
        <translation>The demo registry cannot start: %1</translation>
    </message>
    <message>
        <source>The demo portfolio cannot be built: %1</source>
        <translation>The demo portfolio cannot be built: %1</translation>
    </message>
    <message>
        <source>sandbox (demo)</source>
        <translation>sandbox (demo)</translation>
    </message>
</context>
<context>
    <name>DeskRecords</name>
    <message>
        <source>Action %1, called: %2</source>
        <translation>Action %1, called: %2</translation>
    </message>
    <message>
        <source>Action %1, e-mailed: %2</source>
        <translation>Action %1, e-mailed: %2</translation>
    </message>
    <message>
        <source>Action %1, outcome: %2</source>
        <translation>Action %1, outcome: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>There is no action with id %1.</source>
        <translation>There is no action with id %1.</translation>
    </message>
    <message>
        <source>Action %1 no longer assigned.</source>
        <translation>Action %1 no longer assigned.</translation>
    </message>
    <message>
        <source>Action %1 assigned to %2.</source>
        <translation>Action %1 assigned to %2.</translation>
    </message>
    <message>
        <source>Action %1: the note is empty.</source>
        <translation>Action %1: the note is empty.</translation>
    </message>
    <message>
        <source>Note on action %1: %2</source>
        <translation>Note on action %1: %2</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>There is no domain with id %1.</source>
        <translation>There is no domain with id %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Action %1: say what was said or what came of it.</source>
        <translation>Action %1: say what was said or what came of it.</translation>
    </message>
</context>
<context>
    <name>DeskRegistry</name>
    <message>
        <source>no registry profile chosen</source>
        <translation>no registry profile chosen</translation>
    </message>
    <message>
        <source>No registry profile is chosen: pick one in Settings, Registry.</source>
        <translation>No registry profile is chosen: pick one in Settings, Registry.</translation>
    </message>
    <message>
        <source>There is no registry profile named %1.</source>
        <translation>There is no registry profile named %1.</translation>
    </message>
    <message>
        <source>The registry profile %1 cannot be used: %2</source>
        <translation>The registry profile %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>No credential store is available for the password of %1.</source>
        <translation>No credential store is available for the password of %1.</translation>
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
    <name>DraftSending</name>
    <message>
        <source>No registry connection is set up.</source>
        <translation>No registry connection is set up.</translation>
    </message>
    <message>
        <source>Sending the change to the registry…</source>
        <translation>Sending the change to the registry…</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>The registry refused the change: %1</source>
        <translation>The registry refused the change: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: %1
The desk asks the registry whether the change was applied before it sends it again.</source>
        <translation>The outcome is unknown: %1
The desk asks the registry whether the change was applied before it sends it again.</translation>
    </message>
    <message>
        <source>Not sent: %1
The draft is kept; send it again from the domain&apos;s drafts.</source>
        <translation>Not sent: %1
The draft is kept; send it again from the domain&apos;s drafts.</translation>
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
    <name>HtmlRenderer</name>
    <message>
        <source>%1 · generated on %2</source>
        <extracomment>%1 the registrar&apos;s name, %2 date and time</extracomment>
        <translation>%1 · generated on %2</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Cannot record the import.</source>
        <translation>Cannot record the import.</translation>
    </message>
    <message>
        <source>Cannot queue the imported domains for a refresh.</source>
        <translation>Cannot queue the imported domains for a refresh.</translation>
    </message>
    <message>
        <source>The domain %1 has pending actions or drafts since it was imported; the import cannot be undone.</source>
        <translation>The domain %1 has pending actions or drafts since it was imported; the import cannot be undone.</translation>
    </message>
    <message>
        <source>Cannot remove the imported domains.</source>
        <translation>Cannot remove the imported domains.</translation>
    </message>
    <message>
        <source>The contact %1 holds domains since it was imported; the import cannot be undone.</source>
        <translation>The contact %1 holds domains since it was imported; the import cannot be undone.</translation>
    </message>
    <message>
        <source>Cannot remove the imported contacts.</source>
        <translation>Cannot remove the imported contacts.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message numerus="yes">
        <source>removes the %n domain(s) it added</source>
        <translation>
            <numerusform>removes the %n domain it added</numerusform>
            <numerusform>removes the %n domains it added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removes the %n contact(s) it added</source>
        <translation>
            <numerusform>removes the %n contact it added</numerusform>
            <numerusform>removes the %n contacts it added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restores the earlier values of %n domain(s) it changed</source>
        <translation>
            <numerusform>restores the earlier values of %n domain it changed</numerusform>
            <numerusform>restores the earlier values of %n domains it changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restores the earlier values of %n contact(s) it changed</source>
        <translation>
            <numerusform>restores the earlier values of %n contact it changed</numerusform>
            <numerusform>restores the earlier values of %n contacts it changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import %1, of %2 on %3 by %4? It %5 and %6.</source>
        <translation>Undo import %1, of %2 on %3 by %4? It %5 and %6.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Undo last import</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>&amp;Undo the import</translation>
    </message>
    <message>
        <source>The database was left as it was.</source>
        <translation>The database was left as it was.</translation>
    </message>
    <message>
        <source>Import %1 is undone. Records removed: %2; restored: %3.</source>
        <translation>Import %1 is undone. Records removed: %2; restored: %3.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use 2027-03-01, 01/03/2027, 01-03-2027 or an Excel date number.</source>
        <translation>&quot;%1&quot; is not a date: use 2027-03-01, 01/03/2027, 01-03-2027 or an Excel date number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no: use sim/não, yes/no, true/false or 1/0.</source>
        <translation>&quot;%1&quot; is not yes or no: use sim/não, yes/no, true/false or 1/0.</translation>
    </message>
    <message>
        <source>A domain name is required.</source>
        <translation>A domain name is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a programme: use none, 3em1, 3em1-comercio or sitestar.</source>
        <translation>&quot;%1&quot; is not a programme: use none, 3em1, 3em1-comercio or sitestar.</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1; import the contacts first.</source>
        <translation>There is no contact with the handle %1; import the contacts first.</translation>
    </message>
    <message>
        <source>A new domain needs its expiry date.</source>
        <translation>A new domain needs its expiry date.</translation>
    </message>
    <message>
        <source>A domain in the %1 programme needs its creation date.</source>
        <translation>A domain in the %1 programme needs its creation date.</translation>
    </message>
    <message>
        <source>The creation date %1 is after the expiry date %2.</source>
        <translation>The creation date %1 is after the expiry date %2.</translation>
    </message>
    <message>
        <source>%1 is also on line %2.</source>
        <translation>%1 is also on line %2.</translation>
    </message>
    <message>
        <source>A contact handle is required.</source>
        <translation>A contact handle is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of contact: use person or organisation.</source>
        <translation>&quot;%1&quot; is not a kind of contact: use person or organisation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166-1).</source>
        <translation>&quot;%1&quot; is not a two-letter country code (ISO 3166-1).</translation>
    </message>
    <message>
        <source>The domain with id %1 disappeared during the import.</source>
        <translation>The domain with id %1 disappeared during the import.</translation>
    </message>
    <message>
        <source>The import was cancelled before every row was checked; nothing was written.</source>
        <translation>The import was cancelled before every row was checked; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported. Fix them and import again, or import only the valid rows.</source>
        <translation>
            <numerusform>%n row rejected; nothing was imported. Fix them and import again, or import only the valid rows.</numerusform>
            <numerusform>%n rows rejected; nothing was imported. Fix them and import again, or import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <source>Imported from %1 (import %2), expiring %3, auto-renew %4.</source>
        <translation>Imported from %1 (import %2), expiring %3, auto-renew %4.</translation>
    </message>
    <message>
        <source>%1 disappeared during the import.</source>
        <translation>%1 disappeared during the import.</translation>
    </message>
    <message>
        <source>Updated from %1 (import %2): %3</source>
        <translation>Updated from %1 (import %2): %3</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>Import %1 undone: the values from before it were restored.</source>
        <translation>Import %1 undone: the values from before it were restored.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2 &quot;%3&quot; (%4): %5</source>
        <translation>line %1, column %2 &quot;%3&quot; (%4): %5</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
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
    <message>
        <source>Owner change</source>
        <translation>Owner change</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting for the current holder</source>
        <translation>Waiting for the current holder</translation>
    </message>
    <message>
        <source>Waiting for the new holder</source>
        <translation>Waiting for the new holder</translation>
    </message>
    <message>
        <source>Registry verifying the new holder</source>
        <translation>Registry verifying the new holder</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Current holder approved</source>
        <translation>Current holder approved</translation>
    </message>
    <message>
        <source>New holder approved</source>
        <translation>New holder approved</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Name servers</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Auto-renew</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Tech contacts</source>
        <translation>Tech contacts</translation>
    </message>
    <message>
        <source>DS records</source>
        <translation>DS records</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation>Contact data</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Never compared with the registry</source>
        <translation>Never compared with the registry</translation>
    </message>
    <message>
        <source>Active at the registry</source>
        <translation>Active at the registry</translation>
    </message>
    <message>
        <source>Not at the registry</source>
        <translation>Not at the registry</translation>
    </message>
    <message>
        <source>Sponsored by another registrar</source>
        <translation>Sponsored by another registrar</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>E-mailed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
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
    <name>PanelText</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Action opened</source>
        <translation>Action opened</translation>
    </message>
    <message>
        <source>Action advanced</source>
        <translation>Action advanced</translation>
    </message>
    <message>
        <source>Action closed</source>
        <translation>Action closed</translation>
    </message>
    <message>
        <source>Action assigned</source>
        <translation>Action assigned</translation>
    </message>
    <message>
        <source>Action note</source>
        <translation>Action note</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Registry change</source>
        <translation>Registry change</translation>
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
        <source>Back at the registry</source>
        <translation>Back at the registry</translation>
    </message>
    <message>
        <source>Registry message</source>
        <translation>Registry message</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>Generated on %1</source>
        <translation>Generated on %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 this page, %2 how many pages</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
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
    <message>
        <source>The owner change was refused at the registry; %1 is still the holder. (%2)</source>
        <translation>The owner change was refused at the registry; %1 is still the holder. (%2)</translation>
    </message>
    <message>
        <source>The owner change lapsed: a holder did not answer within 8 days, and %1 is still the holder.</source>
        <translation>The owner change lapsed: a holder did not answer within 8 days, and %1 is still the holder.</translation>
    </message>
    <message>
        <source>The owner change ended at the registry without taking effect (refused or cancelled); %1 is still the holder.</source>
        <translation>The owner change ended at the registry without taking effect (refused or cancelled); %1 is still the holder.</translation>
    </message>
    <message>
        <source>The registry shows the holder %1 instead of %2, the new holder of the last owner change: the change was reversed.</source>
        <translation>The registry shows the holder %1 instead of %2, the new holder of the last owner change: the change was reversed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DS record: give key tag, algorithm, digest type and digest.</source>
        <translation>&quot;%1&quot; is not a DS record: give key tag, algorithm, digest type and digest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DS record (key tag 0-65535, algorithm 1-255, digest type 1, 2 or 4 with a digest of its length in hex).</source>
        <translation>&quot;%1&quot; is not a valid DS record (key tag 0-65535, algorithm 1-255, digest type 1, 2 or 4 with a digest of its length in hex).</translation>
    </message>
    <message>
        <source>Give at least one tech contact.</source>
        <translation>Give at least one tech contact.</translation>
    </message>
    <message>
        <source>Draft: tech contacts %1.</source>
        <translation>Draft: tech contacts %1.</translation>
    </message>
    <message>
        <source>Draft: no DS records (DNSSEC off).</source>
        <translation>Draft: no DS records (DNSSEC off).</translation>
    </message>
    <message>
        <source>Draft: DS records %1.</source>
        <translation>Draft: DS records %1.</translation>
    </message>
    <message>
        <source>Draft: transfer in to this registrar; the auth code is asked when it is sent.</source>
        <translation>Draft: transfer in to this registrar; the auth code is asked when it is sent.</translation>
    </message>
    <message>
        <source>Draft: delete the domain at the registry.</source>
        <translation>Draft: delete the domain at the registry.</translation>
    </message>
    <message>
        <source>Give the contact&apos;s new e-mail, phone or mobile.</source>
        <translation>Give the contact&apos;s new e-mail, phone or mobile.</translation>
    </message>
    <message>
        <source>Draft: contact %1: %2.</source>
        <translation>Draft: contact %1: %2.</translation>
    </message>
    <message>
        <source>%1 is neither the holder nor a tech contact of %2.</source>
        <translation>%1 is neither the holder nor a tech contact of %2.</translation>
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
    <name>ReportBuilder</name>
    <message>
        <source>The window ends (%1) before it starts (%2).</source>
        <translation>The window ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>Registrar Desk</source>
        <translation>Registrar Desk</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3 (%4)</source>
        <extracomment>%1 ISO week number, %2 Monday, %3 Sunday, %4 how many domains</extracomment>
        <translation>Week %1: %2 to %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletions per week, next %n week(s)</source>
        <translation>
            <numerusform>Deletions per week, next %n week</numerusform>
            <numerusform>Deletions per week, next %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletions in each week from the week of %1: %2.</source>
        <extracomment>%1 the first Monday, %2 the weekly counts, comma-separated</extracomment>
        <translation>Deletions in each week from the week of %1: %2.</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Daily briefing</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Nothing is overdue or due today.</source>
        <translation>Nothing is overdue or due today.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No domain is deleted in the next 7 days.</source>
        <translation>No domain is deleted in the next 7 days.</translation>
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
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>No verification or owner change is waiting.</source>
        <translation>No verification or owner change is waiting.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Registry&apos;s answer</source>
        <translation>Registry&apos;s answer</translation>
    </message>
    <message>
        <source>No change was refused or left without an answer.</source>
        <translation>No change was refused or left without an answer.</translation>
    </message>
    <message>
        <source>Refresh started</source>
        <translation>Refresh started</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Every refresh of the last 7 days finished without failures.</source>
        <translation>Every refresh of the last 7 days finished without failures.</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>Overdue or due today</source>
        <translation>Overdue or due today</translation>
    </message>
    <message>
        <source>Deletions in the next 7 days</source>
        <translation>Deletions in the next 7 days</translation>
    </message>
    <message>
        <source>Verifications and owner changes waiting</source>
        <translation>Verifications and owner changes waiting</translation>
    </message>
    <message>
        <source>Changes refused or without an answer</source>
        <translation>Changes refused or without an answer</translation>
    </message>
    <message>
        <source>Refreshes with failures</source>
        <translation>Refreshes with failures</translation>
    </message>
    <message>
        <source>Overdue and due today</source>
        <translation>Overdue and due today</translation>
    </message>
    <message>
        <source>Deletions per week</source>
        <translation>Deletions per week</translation>
    </message>
    <message>
        <source>Failed changes and refreshes</source>
        <translation>Failed changes and refreshes</translation>
    </message>
    <message>
        <source>Changes for the registry</source>
        <translation>Changes for the registry</translation>
    </message>
    <message>
        <source>Refreshes from the registry</source>
        <translation>Refreshes from the registry</translation>
    </message>
    <message>
        <source>Deletions and expiries</source>
        <translation>Deletions and expiries</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from now</source>
        <translation>
            <numerusform>%n day from now</numerusform>
            <numerusform>%n days from now</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Deletions</translation>
    </message>
    <message>
        <source>Expiries renewed automatically</source>
        <translation>Expiries renewed automatically</translation>
    </message>
    <message>
        <source>No domain is deleted or expires in this window.</source>
        <translation>No domain is deleted or expires in this window.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Due (UTC)</translation>
    </message>
    <message>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Open, by kind, level and assignee</source>
        <translation>Open, by kind, level and assignee</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>No action is open.</translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation>By assignee</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Next deadline (UTC)</source>
        <translation>Next deadline (UTC)</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Opened (UTC)</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>New holder</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>None open.</translation>
    </message>
    <message>
        <source>There is no domain named %1 in the portfolio.</source>
        <translation>There is no domain named %1 in the portfolio.</translation>
    </message>
    <message>
        <source>Domain dossier</source>
        <translation>Domain dossier</translation>
    </message>
    <message>
        <source>Registry object id</source>
        <translation>Registry object id</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>EPP statuses</source>
        <translation>EPP statuses</translation>
    </message>
    <message>
        <source>Owner confirmation</source>
        <translation>Owner confirmation</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>Registry lock</source>
        <translation>Registry lock</translation>
    </message>
    <message>
        <source>At the registry</source>
        <translation>At the registry</translation>
    </message>
    <message>
        <source>Last compared with the registry</source>
        <translation>Last compared with the registry</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technical contact</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>No contacts recorded.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name server</source>
        <translation>Name server</translation>
    </message>
    <message>
        <source>Addresses (glue)</source>
        <translation>Addresses (glue)</translation>
    </message>
    <message>
        <source>No name servers recorded.</source>
        <translation>No name servers recorded.</translation>
    </message>
    <message>
        <source>Name servers and DNSSEC</source>
        <translation>Name servers and DNSSEC</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>Key tag</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Digest type</source>
        <translation>Digest type</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>This domain has no deadline.</source>
        <translation>This domain has no deadline.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>No action was ever opened for this domain.</source>
        <translation>No action was ever opened for this domain.</translation>
    </message>
    <message>
        <source>New holder: %1</source>
        <translation>New holder: %1</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>No change was prepared for the registry.</source>
        <translation>No change was prepared for the registry.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation>No history recorded.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>There is no contact with the handle %1.</translation>
    </message>
    <message>
        <source>Personal data report</source>
        <translation>Personal data report</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Right of access (GDPR, article 15): every piece of personal data the registrar keeps about this contact, where it is used, and how it changed.</source>
        <translation>Right of access (GDPR, article 15): every piece of personal data the registrar keeps about this contact, where it is used, and how it changed.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tax number (VAT)</source>
        <translation>Tax number (VAT)</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>Identity verification</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>Record last changed</source>
        <translation>Record last changed</translation>
    </message>
    <message>
        <source>Personal data kept</source>
        <translation>Personal data kept</translation>
    </message>
    <message>
        <source>Why it is kept and who receives it</source>
        <translation>Why it is kept and who receives it</translation>
    </message>
    <message>
        <source>The data is kept to register and manage the .pt domains listed below on the holder&apos;s behalf, and is sent to the .PT registry (DNS.PT) as its registration rules require.</source>
        <translation>The data is kept to register and manage the .pt domains listed below on the holder&apos;s behalf, and is sent to the .PT registry (DNS.PT) as its registration rules require.</translation>
    </message>
    <message>
        <source>This contact is not used by any domain.</source>
        <translation>This contact is not used by any domain.</translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation>Where it is used</translation>
    </message>
    <message>
        <source>Part in it</source>
        <translation>Part in it</translation>
    </message>
    <message>
        <source>No action concerns this contact.</source>
        <translation>No action concerns this contact.</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>The desk keeps no earlier versions of a contact record: a change replaces the old value. The record was created on %1 and last changed on %2. The domains&apos; history lines that name this contact follow.</source>
        <translation>The desk keeps no earlier versions of a contact record: a change replaces the old value. The record was created on %1 and last changed on %2. The domains&apos; history lines that name this contact follow.</translation>
    </message>
    <message>
        <source>No history line names this contact.</source>
        <translation>No history line names this contact.</translation>
    </message>
    <message>
        <source>Promotional programmes</source>
        <translation>Promotional programmes</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Free year running</source>
        <translation>Free year running</translation>
    </message>
    <message>
        <source>Free year ended, not converted</source>
        <translation>Free year ended, not converted</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Free year ends</source>
        <translation>Free year ends</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No domain is in a promotional programme.</source>
        <translation>No domain is in a promotional programme.</translation>
    </message>
    <message>
        <source>Registered (UTC)</source>
        <translation>Registered (UTC)</translation>
    </message>
    <message>
        <source>Free year ends (UTC)</source>
        <translation>Free year ends (UTC)</translation>
    </message>
    <message>
        <source>Domains by end of free year</source>
        <translation>Domains by end of free year</translation>
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
    <name>TextEncoding</name>
    <message>
        <source>The file is not valid UTF-8; give its encoding (for example windows-1252).</source>
        <translation>The file is not valid UTF-8; give its encoding (for example windows-1252).</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16: it has an odd number of bytes.</source>
        <translation>The file is not valid UTF-16: it has an odd number of bytes.</translation>
    </message>
    <message>
        <source>The file is not valid %1.</source>
        <translation>The file is not valid %1.</translation>
    </message>
    <message>
        <source>Byte 0x%1 at offset %2 is not a character in windows-1252.</source>
        <translation>Byte 0x%1 at offset %2 is not a character in windows-1252.</translation>
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
    <name>rd::ui::ActionDetails</name>
    <message>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Log a contact…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>No action selected</translation>
    </message>
    <message>
        <source>There is no action with id %1.</source>
        <translation>There is no action with id %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>holder:</source>
        <translation>holder:</translation>
    </message>
    <message>
        <source>New holder:</source>
        <translation>New holder:</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Assigned to: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionTableModel</name>
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
    <name>rd::ui::AssignDialog</name>
    <message>
        <source>Assign action %1</source>
        <translation>Assign action %1</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
</context>
<context>
    <name>rd::ui::BulkChangeDialog</name>
    <message numerus="yes">
        <source>Change %n domain(s)</source>
        <translation>
            <numerusform>Change %n domain</numerusform>
            <numerusform>Change %n domains</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is drafted for each domain, can be reviewed against the registry, and is sent after a confirmation, one domain after the other. Cancel stops between two domains; the rest stay drafts.</source>
        <translation>The change is drafted for each domain, can be reviewed against the registry, and is sent after a confirmation, one domain after the other. Cancel stops between two domains; the rest stay drafts.</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Name servers</translation>
    </message>
    <message>
        <source>Turn auto-renew on</source>
        <translation>Turn auto-renew on</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Turn auto-renew off</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Tech contacts</source>
        <translation>Tech contacts</translation>
    </message>
    <message>
        <source>Delete at the registry</source>
        <translation>Delete at the registry</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Change:</translation>
    </message>
    <message>
        <source>ns1.example.pt, ns2.example.pt</source>
        <translation>ns1.example.pt, ns2.example.pt</translation>
    </message>
    <message>
        <source>&amp;Name servers:</source>
        <translation>&amp;Name servers:</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Renew for:</source>
        <translation>&amp;Renew for:</translation>
    </message>
    <message>
        <source>&amp;Tech contacts:</source>
        <translation>&amp;Tech contacts:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Ask the registry what each domain has now and show what would change; nothing is sent.</source>
        <translation>Ask the registry what each domain has now and show what would change; nothing is sent.</translation>
    </message>
    <message>
        <source>Keep as drafts</source>
        <translation>Keep as drafts</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Give the name servers, separated by commas.</source>
        <translation>Give the name servers, separated by commas.</translation>
    </message>
    <message>
        <source>Give at least one tech contact&apos;s NIC-handle.</source>
        <translation>Give at least one tech contact&apos;s NIC-handle.</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Draft %1, not sent yet.</source>
        <translation>Draft %1, not sent yet.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message numerus="yes">
        <source>Replace the name servers of %n domain(s) with %1?

Each domain then resolves through these servers only: a wrong one takes its web sites and e-mail off line.</source>
        <translation>
            <numerusform>Replace the name servers of %n domain with %1?

Each domain then resolves through these servers only: a wrong one takes its web sites and e-mail off line.</numerusform>
            <numerusform>Replace the name servers of %n domains with %1?

Each domain then resolves through these servers only: a wrong one takes its web sites and e-mail off line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn auto-renew on for %n domain(s)?

The registry then renews each one when it expires, and charges the renewal; the first expiry is %1 on %2.</source>
        <translation>
            <numerusform>Turn auto-renew on for %n domain?

The registry then renews each one when it expires, and charges the renewal; the first expiry is %1 on %2.</numerusform>
            <numerusform>Turn auto-renew on for %n domains?

The registry then renews each one when it expires, and charges the renewal; the first expiry is %1 on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn auto-renew off for %n domain(s)?

The registry then DELETES each one 30 days before it expires, unless it is renewed before that date; the first deletion would be %1 on %2.</source>
        <translation>
            <numerusform>Turn auto-renew off for %n domain?

The registry then DELETES each one 30 days before it expires, unless it is renewed before that date; the first deletion would be %1 on %2.</numerusform>
            <numerusform>Turn auto-renew off for %n domains?

The registry then DELETES each one 30 days before it expires, unless it is renewed before that date; the first deletion would be %1 on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n domain(s) now?

The registry adds %1 to each expiry date and charges each renewal at once; the first expiry is %2 on %3.</source>
        <translation>
            <numerusform>Renew %n domain now?

The registry adds %1 to each expiry date and charges each renewal at once; the first expiry is %2 on %3.</numerusform>
            <numerusform>Renew %n domains now?

The registry adds %1 to each expiry date and charges each renewal at once; the first expiry is %2 on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the tech contacts of %n domain(s) to %1?

The tech contacts they have now are taken off them.</source>
        <translation>
            <numerusform>Set the tech contacts of %n domain to %1?

The tech contacts they have now are taken off them.</numerusform>
            <numerusform>Set the tech contacts of %n domains to %1?

The tech contacts they have now are taken off them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n domain(s) at the registry?

%1

Deletion is final: it cannot be undone, and each name becomes free for anyone to register.</source>
        <translation>
            <numerusform>Delete %n domain at the registry?

%1

Deletion is final: it cannot be undone, and each name becomes free for anyone to register.</numerusform>
            <numerusform>Delete %n domains at the registry?

%1

Deletion is final: it cannot be undone, and each name becomes free for anyone to register.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry connection is set up.</source>
        <translation>No registry connection is set up.</translation>
    </message>
    <message>
        <source>Cannot reach the registry: %1</source>
        <translation>Cannot reach the registry: %1</translation>
    </message>
    <message>
        <source>Cannot review</source>
        <translation>Cannot review</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Would change</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n domain(s)</source>
        <translation>
            <numerusform>Delete %n domain</numerusform>
            <numerusform>Delete %n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) to the registry</source>
        <translation>
            <numerusform>Send %n change to the registry</numerusform>
            <numerusform>Send %n changes to the registry</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Cancelled before it was sent; the draft is kept.</source>
        <translation>Cancelled before it was sent; the draft is kept.</translation>
    </message>
    <message>
        <source>No session with the registry; the draft is kept.</source>
        <translation>No session with the registry; the draft is kept.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>%1 The desk asks the registry whether it was applied before it sends it again.</source>
        <translation>%1 The desk asks the registry whether it was applied before it sends it again.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop after the domain being sent; the rest stay drafts.</source>
        <translation>Stop after the domain being sent; the rest stay drafts.</translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, %3 failed, %4 with an unknown outcome, %5 not sent.</source>
        <translation>%1 done, %2 skipped, %3 failed, %4 with an unknown outcome, %5 not sent.</translation>
    </message>
    <message>
        <source>NIC-handles, separated by commas: type a handle or a name</source>
        <translation>NIC-handles, separated by commas: type a handle or a name</translation>
    </message>
</context>
<context>
    <name>rd::ui::ChangeDialog</name>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send to the registry</source>
        <translation>Send to the registry</translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactDetails</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>No contact selected</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>There is no contact with the handle %1.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Registry verification</source>
        <translation>Registry verification</translation>
    </message>
    <message>
        <source>– not given</source>
        <translation>– not given</translation>
    </message>
    <message>
        <source>– not checked (not a Portuguese contact)</source>
        <translation>– not checked (not a Portuguese contact)</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ valid</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>NIPC</source>
        <translation>NIPC</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>holder</translation>
    </message>
    <message>
        <source>technical contact</source>
        <translation>technical contact</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactLogDialog</name>
    <message>
        <source>Contact log of action %1</source>
        <translation>Contact log of action %1</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Whom, and what was said or agreed.</source>
        <translation>Whom, and what was said or agreed.</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Add to log</translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
    <name>rd::ui::DecisionDialog</name>
    <message>
        <source>Decision on action %1</source>
        <translation>Decision on action %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3.</source>
        <translation>%1 of %2: %3.</translation>
    </message>
    <message>
        <source>The current holder approved the owner change</source>
        <translation>The current holder approved the owner change</translation>
    </message>
    <message>
        <source>The new holder approved the owner change</source>
        <translation>The new holder approved the owner change</translation>
    </message>
    <message>
        <source>The action ended, with this outcome:</source>
        <translation>The action ended, with this outcome:</translation>
    </message>
    <message>
        <source>Refused by the current holder</source>
        <translation>Refused by the current holder</translation>
    </message>
    <message>
        <source>Refused by the new holder</source>
        <translation>Refused by the new holder</translation>
    </message>
    <message>
        <source>No answer within the deadline</source>
        <translation>No answer within the deadline</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Holder verified</source>
        <translation>Holder verified</translation>
    </message>
    <message>
        <source>Holder did not prove their identity</source>
        <translation>Holder did not prove their identity</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Close action %1 (%2 of %3) with the outcome &quot;%4&quot;? Its deadlines will no longer be followed, and a closed action cannot be reopened.</source>
        <translation>Close action %1 (%2 of %3) with the outcome &quot;%4&quot;? Its deadlines will no longer be followed, and a closed action cannot be reopened.</translation>
    </message>
    <message>
        <source>Close the action</source>
        <translation>Close the action</translation>
    </message>
</context>
<context>
    <name>rd::ui::DeleteDialog</name>
    <message>
        <source>Delete %1 at the registry?

The registry removes the domain at once, with its name servers and DS records: its web sites and e-mail stop working. Deletion is final: it cannot be undone, and the name becomes free for anyone to register.</source>
        <translation>Delete %1 at the registry?

The registry removes the domain at once, with its name servers and DS records: its web sites and e-mail stop working. Deletion is final: it cannot be undone, and the name becomes free for anyone to register.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Expires on %1</translation>
    </message>
    <message>
        <source>To delete it, type the domain&apos;s name, %1:</source>
        <translation>To delete it, type the domain&apos;s name, %1:</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>Delete at the registry</source>
        <translation>Delete at the registry</translation>
    </message>
</context>
<context>
    <name>rd::ui::DomainDetails</name>
    <message>
        <source>Name servers…</source>
        <translation>Name servers…</translation>
    </message>
    <message>
        <source>Auto-renew…</source>
        <translation>Auto-renew…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>Owner change…</source>
        <translation>Owner change…</translation>
    </message>
    <message>
        <source>Verification opened…</source>
        <translation>Verification opened…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <source>Holder and contacts</source>
        <translation>Holder and contacts</translation>
    </message>
    <message>
        <source>Name servers and DS records</source>
        <translation>Name servers and DS records</translation>
    </message>
    <message>
        <source>.PT flags and statuses</source>
        <translation>.PT flags and statuses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Registry answer</source>
        <translation>Registry answer</translation>
    </message>
    <message>
        <source>Send selected draft</source>
        <translation>Send selected draft</translation>
    </message>
    <message>
        <source>Drafts for the registry</source>
        <translation>Drafts for the registry</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No domain selected</source>
        <translation>No domain selected</translation>
    </message>
    <message>
        <source>There is no domain named %1 in the portfolio.</source>
        <translation>There is no domain named %1 in the portfolio.</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Expires on %1</translation>
    </message>
    <message>
        <source>Registry: %1, last synced %2</source>
        <translation>Registry: %1, last synced %2</translation>
    </message>
    <message>
        <source>Registry: %1, never synced</source>
        <translation>Registry: %1, never synced</translation>
    </message>
    <message>
        <source> (sponsor %1)</source>
        <translation> (sponsor %1)</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technical contact</translation>
    </message>
    <message>
        <source>Name server</source>
        <translation>Name server</translation>
    </message>
    <message>
        <source>Glue addresses</source>
        <translation>Glue addresses</translation>
    </message>
    <message>
        <source>No DS records: the zone is not signed at the registry.</source>
        <translation>No DS records: the zone is not signed at the registry.</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>Key tag</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Digest type</source>
        <translation>Digest type</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Auto-renew</translation>
    </message>
    <message>
        <source>Owner confirmation</source>
        <translation>Owner confirmation</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>Registry lock</source>
        <translation>Registry lock</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Turn auto-renew off…</translation>
    </message>
    <message>
        <source>Turn auto-renew on…</source>
        <translation>Turn auto-renew on…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
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
    <message numerus="yes">
        <source>%1 of the first %Ln domain(s) by deadline; reading the rest of the portfolio…</source>
        <translation>
            <numerusform>%1 of the first %Ln domain by deadline; reading the rest of the portfolio…</numerusform>
            <numerusform>%1 of the first %Ln domains by deadline; reading the rest of the portfolio…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>Change selected…</translation>
    </message>
    <message>
        <source>One change for every selected domain: name servers, auto-renew, renewal, tech contacts or deletion.</source>
        <translation>One change for every selected domain: name servers, auto-renew, renewal, tech contacts or deletion.</translation>
    </message>
    <message>
        <source>Transfer in…</source>
        <translation>Transfer in…</translation>
    </message>
    <message>
        <source>Bring a domain from another registrar with its auth code.</source>
        <translation>Bring a domain from another registrar with its auth code.</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected…</source>
        <translation>
            <numerusform>Change %n selected…</numerusform>
            <numerusform>Change %n selected…</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer a domain in…</source>
        <translation>Transfer a domain in…</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportPlanModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>What changes, or why it is rejected</source>
        <translation>What changes, or why it is rejected</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation>Import from CSV</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>A CSV file as a spreadsheet saves it. The delimiter and the encoding are detected; choose them yourself when the preview looks wrong.</source>
        <translation>A CSV file as a spreadsheet saves it. The delimiter and the encoding are detected; choose them yourself when the preview looks wrong.</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domains</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>The CSV file to import</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 has a header but no rows to import.</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>%1 with a byte order mark</source>
        <translation>%1 with a byte order mark</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Preview: no file read.</source>
        <translation>Preview: no file read.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %1 of %n row(s) (the numbers at the left are the file&apos;s lines).</source>
        <translation>
            <numerusform>Preview: the first %1 of %n row (the numbers at the left are the file&apos;s lines).</numerusform>
            <numerusform>Preview: the first %1 of %n rows (the numbers at the left are the file&apos;s lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>The columns</translation>
    </message>
    <message>
        <source>What each column of the file holds, guessed from its header. Correct what is wrong; columns left as ignored are not read.</source>
        <translation>What each column of the file holds, guessed from its header. Correct what is wrong; columns left as ignored are not read.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Load mapping…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Save mapping…</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Mappings (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Load a mapping</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <source>Every required field has its column.</source>
        <translation>Every required field has its column.</translation>
    </message>
    <message>
        <source>%1 is a mapping for a file of domains.</source>
        <translation>%1 is a mapping for a file of domains.</translation>
    </message>
    <message>
        <source>%1 is a mapping for a file of contacts.</source>
        <translation>%1 is a mapping for a file of contacts.</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>The check</translation>
    </message>
    <message>
        <source>Every row checked against the .PT rules, the rest of the file and the portfolio. Nothing is written yet.</source>
        <translation>Every row checked against the .PT rules, the rest of the file and the portfolio. Nothing is written yet.</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancel the check</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled before every row was seen; nothing can be imported until it runs to the end.</source>
        <translation>The check was cancelled before every row was seen; nothing can be imported until it runs to the end.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Update: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; the reasons name the line, the column and the field.</source>
        <translation>
            <numerusform>%n row rejected; the reasons name the line, the column and the field.</numerusform>
            <numerusform>%n rows rejected; the reasons name the line, the column and the field.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Every row can be imported.</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>The import</translation>
    </message>
    <message>
        <source>How to write. Everything happens in one go: a failure or Cancel leaves the database as it was.</source>
        <translation>How to write. Everything happens in one go: a failure or Cancel leaves the database as it was.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;All or nothing: import only if every row is valid</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and save the rejected ones to a CSV file to fix</source>
        <translation>Import the &amp;valid rows and save the rejected ones to a CSV file to fix</translation>
    </message>
    <message>
        <source>&amp;Rejected rows to:</source>
        <translation>&amp;Rejected rows to:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Queue the imported domains for a refresh from the registry</source>
        <translation>&amp;Queue the imported domains for a refresh from the registry</translation>
    </message>
    <message>
        <source>The next sync asks the registry about every imported domain</source>
        <translation>The next sync asks the registry about every imported domain</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-rejected.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: all or nothing writes nothing while a row is rejected. Go back and fix the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n row rejected: all or nothing writes nothing while a row is rejected. Go back and fix the file, or import only the valid rows.</numerusform>
            <numerusform>%n rows rejected: all or nothing writes nothing while a row is rejected. Go back and fix the file, or import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row adds or changes anything: there is nothing to write.</source>
        <translation>No row adds or changes anything: there is nothing to write.</translation>
    </message>
    <message>
        <source>Ready to write: %1 new, %2 updated.</source>
        <translation>Ready to write: %1 new, %2 updated.</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) will be saved to the file above, with a last column saying why: fix that file and import it.</source>
        <translation>
            <numerusform>%n rejected row will be saved to the file above, with a last column saying why: fix that file and import it.</numerusform>
            <numerusform>%n rejected rows will be saved to the file above, with a last column saying why: fix that file and import it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was left as it was.</source>
        <translation>The database was left as it was.</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1: %2</source>
        <translation>Cannot save the rejected rows to %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Import %1 from %2 is written.</source>
        <translation>Import %1 from %2 is written.</translation>
    </message>
    <message>
        <source>Nothing needed writing: the portfolio already holds every row of %1.</source>
        <translation>Nothing needed writing: the portfolio already holds every row of %1.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Rejected, not imported: %1</source>
        <translation>Rejected, not imported: %1</translation>
    </message>
    <message>
        <source>The rejected rows are in %1.</source>
        <translation>The rejected rows are in %1.</translation>
    </message>
    <message>
        <source>The next sync asks the registry about the imported domains.</source>
        <translation>The next sync asks the registry about the imported domains.</translation>
    </message>
    <message>
        <source>File, Undo last import… takes this import back.</source>
        <translation>File, Undo last import… takes this import back.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n row(s) (the numbers at the left are the file&apos;s lines).</source>
        <translation>
            <numerusform>Preview: %n row (the numbers at the left are the file&apos;s lines).</numerusform>
            <numerusform>Preview: %n rows (the numbers at the left are the file&apos;s lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import wrote.</source>
        <translation>What the import wrote.</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>De&amp;limiter:</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>Registrar Desk — %1</source>
        <translation>Registrar Desk — %1</translation>
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
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Select a domain, contact or action</source>
        <translation>Select a domain, contact or action</translation>
    </message>
    <message>
        <source>Registrar Desk</source>
        <translation>Registrar Desk</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Refresh every domain and contact from the registry (registry-owned fields only)</source>
        <translation>Refresh every domain and contact from the registry (registry-owned fields only)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domains</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Details &amp;area</source>
        <translation>Details &amp;area</translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation>Tool&amp;bar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Syncing with %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) became critical or overdue since you last looked</source>
        <translation>
            <numerusform>%n deadline became critical or overdue since you last looked</numerusform>
            <numerusform>%n deadlines became critical or overdue since you last looked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n deadline need attention</numerusform>
            <numerusform>%n deadlines need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Never synced with the registry</source>
        <translation>Never synced with the registry</translation>
    </message>
    <message>
        <source>Last sync %1 unfinished (%2 checked, %3 failed): the next one continues it</source>
        <translation>Last sync %1 unfinished (%2 checked, %3 failed): the next one continues it</translation>
    </message>
    <message>
        <source>Last sync %1: %2 checked, %3 changed, %4 failed</source>
        <translation>Last sync %1: %2 checked, %3 changed, %4 failed</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced every %n minute(s)</source>
        <translation>
            <numerusform>Synced every %n minute</numerusform>
            <numerusform>Synced every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced only when asked (Registry, Sync now)</source>
        <translation>Synced only when asked (Registry, Sync now)</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Export table as CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open Domains, Contacts or Actions to export that table.</source>
        <translation>Open Domains, Contacts or Actions to export that table.</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Export the table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>&amp;Undo last import…</translation>
    </message>
    <message>
        <source>&amp;Change selected domains…</source>
        <translation>&amp;Change selected domains…</translation>
    </message>
    <message>
        <source>Select two or more domains in the table first.</source>
        <translation>Select two or more domains in the table first.</translation>
    </message>
    <message>
        <source>&amp;Transfer a domain in…</source>
        <translation>&amp;Transfer a domain in…</translation>
    </message>
</context>
<context>
    <name>rd::ui::NameServersDialog</name>
    <message>
        <source>Name servers of %1</source>
        <translation>Name servers of %1</translation>
    </message>
    <message>
        <source>One host name per line, 2 to 13 in all. They replace the domain&apos;s name servers at the registry.</source>
        <translation>One host name per line, 2 to 13 in all. They replace the domain&apos;s name servers at the registry.</translation>
    </message>
    <message>
        <source>The registry will replace the name servers of %1:
%2
with:
%3
The domain&apos;s DNS answers from the new servers as soon as the change is published.</source>
        <translation>The registry will replace the name servers of %1:
%2
with:
%3
The domain&apos;s DNS answers from the new servers as soon as the change is published.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>rd::ui::NoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what to do next.</source>
        <translation>What happened, what was agreed, what to do next.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>rd::ui::OwnerChangeWizard</name>
    <message>
        <source>Owner change of %1</source>
        <translation>Owner change of %1</translation>
    </message>
    <message>
        <source>The new holder</source>
        <translation>The new holder</translation>
    </message>
    <message>
        <source>%1 is held by %2. Who takes it over?</source>
        <translation>%1 is held by %2. Who takes it over?</translation>
    </message>
    <message>
        <source>A contact the desk knows</source>
        <translation>A contact the desk knows</translation>
    </message>
    <message>
        <source>A new contact</source>
        <translation>A new contact</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>Handle:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>NIF / NIPC:</source>
        <translation>NIF / NIPC:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>NIPC</source>
        <translation>NIPC</translation>
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
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>The desk adds %1 to its contacts.</source>
        <translation>The desk adds %1 to its contacts.</translation>
    </message>
    <message>
        <source>The registry is asked to change the holder of %1 from %2 to %3.</source>
        <translation>The registry is asked to change the holder of %1 from %2 to %3.</translation>
    </message>
    <message>
        <source>The current holder has 8 days to approve: until %1.</source>
        <translation>The current holder has 8 days to approve: until %1.</translation>
    </message>
    <message>
        <source>Then the new holder has 8 days from that approval: at the latest until %1.</source>
        <translation>Then the new holder has 8 days from that approval: at the latest until %1.</translation>
    </message>
    <message>
        <source>Then the registry verifies the new holder, who has 2 days to answer: at the latest until %1; a failed verification reverses the change.</source>
        <translation>Then the registry verifies the new holder, who has 2 days to answer: at the latest until %1; a failed verification reverses the change.</translation>
    </message>
    <message>
        <source>If either holder does not answer in time, the owner change fails and %1 stays with %2.</source>
        <translation>If either holder does not answer in time, the owner change fails and %1 stays with %2.</translation>
    </message>
    <message>
        <source>Nothing is written until you finish. The pending action and its deadlines open when the registry takes the change; record each holder&apos;s decision on the action.</source>
        <translation>Nothing is written until you finish. The pending action and its deadlines open when the registry takes the change; record each holder&apos;s decision on the action.</translation>
    </message>
    <message>
        <source>Draft or send</source>
        <translation>Draft or send</translation>
    </message>
    <message>
        <source>Keep it as a draft; send it later from the domain&apos;s drafts</source>
        <translation>Keep it as a draft; send it later from the domain&apos;s drafts</translation>
    </message>
    <message>
        <source>Send it to the registry now</source>
        <translation>Send it to the registry now</translation>
    </message>
    <message>
        <source>A contact created here is only in the desk so far: the registry refuses the change until the contact exists there too.</source>
        <translation>A contact created here is only in the desk so far: the registry refuses the change until the contact exists there too.</translation>
    </message>
    <message>
        <source>Pick the new holder.</source>
        <translation>Pick the new holder.</translation>
    </message>
    <message>
        <source>A contact with the handle %1 exists already; pick it from the list.</source>
        <translation>A contact with the handle %1 exists already; pick it from the list.</translation>
    </message>
    <message>
        <source>%1 already holds %2.</source>
        <translation>%1 already holds %2.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ProfileDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Choose a PEM file</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Edit registry profile</source>
        <translation>Edit registry profile</translation>
    </message>
    <message>
        <source>New registry profile</source>
        <translation>New registry profile</translation>
    </message>
    <message>
        <source>A test registry, not the real one</source>
        <translation>A test registry, not the real one</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>the system&apos;s certificate authorities</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Login (clID):</source>
        <translation>&amp;Login (clID):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>Certificate &amp;authority:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client &amp;certificate:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client &amp;key:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Key pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1.</source>
        <translation>Passwords are kept in: %1.</translation>
    </message>
    <message>
        <source>No credential store: passwords cannot be kept.</source>
        <translation>No credential store: passwords cannot be kept.</translation>
    </message>
    <message>
        <source>A registry profile named %1 exists already: edit it instead.</source>
        <translation>A registry profile named %1 exists already: edit it instead.</translation>
    </message>
    <message>
        <source>No credential store: the password cannot be kept.</source>
        <translation>No credential store: the password cannot be kept.</translation>
    </message>
</context>
<context>
    <name>rd::ui::RenewDialog</name>
    <message>
        <source>Renew %1</source>
        <translation>Renew %1</translation>
    </message>
    <message>
        <source>It expires on %1. Renew it for:</source>
        <translation>It expires on %1. Renew it for:</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>New expiry date: %1.</source>
        <translation>New expiry date: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The registry will renew %1 for %n year(s) and charge the renewal; it will then expire on %2.</source>
        <translation>
            <numerusform>The registry will renew %1 for %n year and charge the renewal; it will then expire on %2.</numerusform>
            <numerusform>The registry will renew %1 for %n years and charge the renewal; it will then expire on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Daily briefing</translation>
    </message>
    <message>
        <source>Deletions and expiries</source>
        <translation>Deletions and expiries</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <source>Domain dossier</source>
        <translation>Domain dossier</translation>
    </message>
    <message>
        <source>Personal data report</source>
        <translation>Personal data report</translation>
    </message>
    <message>
        <source>Promotional programmes</source>
        <translation>Promotional programmes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Contact &amp;handle:</source>
        <translation>Contact &amp;handle:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>The system&apos;s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language changes when the desk next starts.</source>
        <translation>The language changes when the desk next starts.</translation>
    </message>
    <message>
        <source>the default, in your data folder</source>
        <translation>the default, in your data folder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Portfolio database file</source>
        <translation>Portfolio database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Database file:</translation>
    </message>
    <message>
        <source>The desk opens another database file when it next starts; --db on the command line takes precedence.</source>
        <translation>The desk opens another database file when it next starts; --db on the command line takes precedence.</translation>
    </message>
    <message>
        <source>Registry profiles:</source>
        <translation>Registry profiles:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1.</source>
        <translation>Passwords are kept in: %1.</translation>
    </message>
    <message>
        <source>&amp;Sync with:</source>
        <translation>&amp;Sync with:</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Only when asked</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;schedule:</source>
        <translation>Sync &amp;schedule:</translation>
    </message>
    <message>
        <source> days or less</source>
        <translation> days or less</translation>
    </message>
    <message>
        <source>&amp;Critical:</source>
        <translation>&amp;Critical:</translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation>&amp;Warning:</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Notice:</translation>
    </message>
    <message>
        <source>Thresholds belong to the portfolio: everyone using this database shares them. Alerts use them at once; tables and the Today view when the desk next starts.</source>
        <translation>Thresholds belong to the portfolio: everyone using this database shares them. Alerts use them at once; tables and the Today view when the desk next starts.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no tray notifications</source>
        <translation>&amp;Quiet hours: no tray notifications</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>The badge in the window still counts alerts during quiet hours.</source>
        <translation>The badge in the window still counts alerts during quiet hours.</translation>
    </message>
    <message>
        <source>No registry (sync off)</source>
        <translation>No registry (sync off)</translation>
    </message>
    <message>
        <source>host not set</source>
        <translation>host not set</translation>
    </message>
    <message>
        <source>Reset the built-in profile %1 to its defaults and forget its password?</source>
        <translation>Reset the built-in profile %1 to its defaults and forget its password?</translation>
    </message>
    <message>
        <source>Remove the registry profile %1 and forget its password?</source>
        <translation>Remove the registry profile %1 and forget its password?</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remove profile</translation>
    </message>
    <message>
        <source>Alert thresholds must stay in order: critical, then warning, then notice (%1 ≤ %2 ≤ %3 days).</source>
        <translation>Alert thresholds must stay in order: critical, then warning, then notice (%1 ≤ %2 ≤ %3 days).</translation>
    </message>
    <message>
        <source>The alert thresholds could not be saved.</source>
        <translation>The alert thresholds could not be saved.</translation>
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
<context>
    <name>rd::ui::TodayView</name>
    <message>
        <source>name servers</source>
        <translation>name servers</translation>
    </message>
    <message>
        <source>auto-renew</source>
        <translation>auto-renew</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renewal</translation>
    </message>
    <message>
        <source>owner change</source>
        <translation>owner change</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due in 24 hours</source>
        <translation>Due in 24 hours</translation>
    </message>
    <message>
        <source>Due in 7 days</source>
        <translation>Due in 7 days</translation>
    </message>
    <message>
        <source>Deletions this week</source>
        <translation>Deletions this week</translation>
    </message>
    <message>
        <source>Deletions next week</source>
        <translation>Deletions next week</translation>
    </message>
    <message>
        <source>Open verifications</source>
        <translation>Open verifications</translation>
    </message>
    <message>
        <source>Owner changes waiting on the current holder</source>
        <translation>Owner changes waiting on the current holder</translation>
    </message>
    <message>
        <source>Owner changes waiting on the new holder</source>
        <translation>Owner changes waiting on the new holder</translation>
    </message>
    <message>
        <source>Changes refused or without an answer</source>
        <translation>Changes refused or without an answer</translation>
    </message>
    <message>
        <source>Deletions and expiries per week, next 12 weeks</source>
        <translation>Deletions and expiries per week, next 12 weeks</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>outcome unknown, check before sending again</source>
        <translation>outcome unknown, check before sending again</translation>
    </message>
    <message>
        <source>Never synced with the registry.</source>
        <translation>Never synced with the registry.</translation>
    </message>
    <message>
        <source>Last sync started %1 and did not finish; the next one continues it.</source>
        <translation>Last sync started %1 and did not finish; the next one continues it.</translation>
    </message>
    <message>
        <source>Last sync %1: %2 checked, %3 changed, %4 flagged, %5 failed.</source>
        <translation>Last sync %1: %2 checked, %3 changed, %4 flagged, %5 failed.</translation>
    </message>
    <message>
        <source>%1 · answer by %2</source>
        <translation>%1 · answer by %2</translation>
    </message>
    <message>
        <source>tech contacts</source>
        <translation>tech contacts</translation>
    </message>
    <message>
        <source>DS records</source>
        <translation>DS records</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>transfer in</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>contact data</source>
        <translation>contact data</translation>
    </message>
</context>
<context>
    <name>rd::ui::TransferInDialog</name>
    <message>
        <source>Transfer a domain in</source>
        <translation>Transfer a domain in</translation>
    </message>
    <message>
        <source>The domain moves to this registrar with the auth code its holder got from the current registrar. The .PT registry moves it at once and keeps its expiry date. The code is used for this request only and kept nowhere.</source>
        <translation>The domain moves to this registrar with the auth code its holder got from the current registrar. The .PT registry moves it at once and keeps its expiry date. The code is used for this request only and kept nowhere.</translation>
    </message>
    <message>
        <source>example.pt</source>
        <translation>example.pt</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Auth code:</source>
        <translation>&amp;Auth code:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Ask the registry about the domain; nothing is sent.</source>
        <translation>Ask the registry about the domain; nothing is sent.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Give the name of the domain to transfer in.</source>
        <translation>Give the name of the domain to transfer in.</translation>
    </message>
    <message>
        <source>No registry connection is set up.</source>
        <translation>No registry connection is set up.</translation>
    </message>
    <message>
        <source>Cannot review: %1</source>
        <translation>Cannot review: %1</translation>
    </message>
    <message>
        <source>Give the auth code of %1.</source>
        <translation>Give the auth code of %1.</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>the domain</translation>
    </message>
    <message>
        <source>Transfer %1 in to this registrar?

The registry moves it at once with the auth code given: the registrar it leaves is told, the code is used up, and this registrar answers for the domain from then on.</source>
        <translation>Transfer %1 in to this registrar?

The registry moves it at once with the auth code given: the registrar it leaves is told, the code is used up, and this registrar answers for the domain from then on.</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>rd::ui::VerificationDialog</name>
    <message>
        <source>Verification of the holder of %1</source>
        <translation>Verification of the holder of %1</translation>
    </message>
    <message>
        <source>Record that the registry asked the holder of %1 to prove their identity and contacts.</source>
        <translation>Record that the registry asked the holder of %1 to prove their identity and contacts.</translation>
    </message>
    <message>
        <source>Opened by the registry at:</source>
        <translation>Opened by the registry at:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>The holder must answer by %1, or the registry may suspend and delete the domain.</source>
        <translation>The holder must answer by %1, or the registry may suspend and delete the domain.</translation>
    </message>
</context>
<context>
    <name>rd::ui::WeekChart</name>
    <message>
        <source>Deletions and expiries per week</source>
        <translation>Deletions and expiries per week</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n deletion(s)</source>
        <translation>
            <numerusform>Week of %1: %n deletion</numerusform>
            <numerusform>Week of %1: %n deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiry(ies)</source>
        <translation>
            <numerusform>%n expiry</numerusform>
            <numerusform>%n expiryies</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletions (auto-renew off)</source>
        <translation>Deletions (auto-renew off)</translation>
    </message>
    <message>
        <source>Expiries</source>
        <translation>Expiries</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
</context>
</TS>
