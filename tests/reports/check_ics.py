#!/usr/bin/python3
"""Reads an iCalendar file with the icalendar library and RFC 5545's framing
rules, and prints what it found as JSON (the test compares it). Exits 1 with
the reason on the first violation.

Usage: check_ics.py FILE
"""
import json
import sys

from icalendar import Calendar


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def main(path):
    raw = open(path, "rb").read()
    # RFC 5545 3.1: CRLF line ends, content lines of at most 75 octets.
    if not raw.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail("line %d: bare CR or LF" % number)
        if len(line) > 75:
            fail("line %d: %d octets" % (number, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail("line %d: folded inside a UTF-8 sequence" % number)
    calendar = Calendar.from_ical(raw)
    for component in calendar.walk():
        if component.errors:
            fail("%s: %s" % (component.name, component.errors))
    for required in ("VERSION", "PRODID"):
        if required not in calendar:
            fail("VCALENDAR without " + required)
    events = []
    uids = set()
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"):
            if required not in event:
                fail("VEVENT without " + required)
        start = event.decoded("DTSTART")
        if start.tzinfo is None or start.utcoffset().total_seconds() != 0:
            fail("DTSTART is not UTC: %s" % start)
        uid = str(event["UID"])
        if uid in uids:
            fail("UID twice: " + uid)
        uids.add(uid)
        alarms = [a for a in event.walk("VALARM")]
        if len(alarms) != 1:
            fail("VEVENT %s has %d alarms" % (uid, len(alarms)))
        alarm = alarms[0]
        for required in ("ACTION", "TRIGGER", "DESCRIPTION"):
            if required not in alarm:
                fail("VALARM without " + required)
        events.append({
            "uid": uid,
            "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "stamp": event.decoded("DTSTAMP").strftime("%Y-%m-%dT%H:%M:%SZ"),
            "summary": str(event["SUMMARY"]),
            "description": str(event["DESCRIPTION"]),
            "trigger": int(alarm.decoded("TRIGGER").total_seconds()),
        })
    print(json.dumps({"events": events}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
