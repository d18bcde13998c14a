// Expand every VEVENT of an .ics file with ical.js, the third independent parser the
// calendar-export issue asks for (it is what Thunderbird and many web calendars use).
// Usage: node expand_ics.mjs FILE.ics  ->  JSON {summary: ["2027-10-01" | "2027-10-01T07:00:00Z", ...]}
// ical.js is found next to this script (npm install --prefix tests/js) or via ICALJS_MODULE.
import { readFileSync } from "node:fs";

const ICAL = (await import(process.env.ICALJS_MODULE || "ical.js")).default;

const text = readFileSync(process.argv[2], "utf8");
const root = new ICAL.Component(ICAL.parse(text));
// Resolve TZIDs with the file's own VTIMEZONE blocks, not a built-in database.
for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(vtimezone);
}
const out = {};
for (const vevent of root.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  const starts = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (starts.length > 5000) throw new Error("runaway recurrence");
    if (next.isDate) {
      starts.push(next.toString());
    } else {
      starts.push(new Date(next.toUnixTime() * 1000).toISOString().replace(".000Z", "Z"));
    }
  }
  out[event.summary] = starts;
}
process.stdout.write(JSON.stringify(out));
