#!/usr/bin/env python3
"""The floor under `caseload import cams`: what SQLite alone needs to write what the import must write.

Issue #9 asks the import of a 100,000-row CaMS extract to take at most 3x what `sqlite3 .import` of
the same file into a bare table takes. The import must write much more than a bare table holds
(domain.md R-20, architecture.md): every client with its indexes and its row in the FTS5 search index,
the assessment, the employer, the employment and its four checkpoints (R-08), and one audit row per
record written. This script measures that floor with Python's sqlite3 module, so no Swift (parsing,
validation, planning) is in it:

  1. `sqlite3 FILE .import --csv EXTRACT t` into a fresh file, as caseload-bench times it;
  2. the same extract's records inserted into a copy of a freshly migrated Caseload database, in one
     transaction, with every value (audit JSON included) computed before the clock starts:
     a. "per-row index": the FTS5 index kept by its triggers, row by row;
     b. "deferred index": the client rows first, then the index filled by one INSERT … SELECT,
        the trigger switched off for the transaction;
     c. "precomputed index": as (b), but the index values worked out beforehand (as the app does
        with ClientSearchRow, on every core) and inserted last, one row to a statement (what the
        app's bulk path does: FTS5 writes a segment at every multi-row statement once the index is
        part of the transaction).

The ratios printed are to (1). Run from the repository after a release build:

  swift build -c release
  .build/release/caseload-bench --data /work/bench-import --only import   # writes the extract
  python3 Tests/tools/import-floor.py /work/bench-import/extract-v2-100000-s2026-*.csv

`--template DB` gives the empty migrated database to copy; without it the script makes one with
`--caseload BINARY` (default .build/release/caseload), so the schema measured is the app's own.
"""

import argparse
import calendar
import csv
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

NOW = "2026-12-04 10:00:00.000"
MISSING_JOB_TITLE = "(job title not in CaMS extract)"

CLIENT_COLUMNS = [
    "id", "cams_reference", "first_name", "last_name", "preferred_name", "date_of_birth", "phone", "email",
    "address", "preferred_language", "referral_source", "referral_received_on", "sa_caseworker_name",
    "sa_caseworker_contact", "client_stream", "caseworker_id", "site_id", "status", "is_legacy",
    "under18_attestation", "created_at", "updated_at", "version",
]
ASSESSMENT_COLUMNS = ["id", "client_id", "module1_completed_on", "module2_completed_on", "submitted_at", "comment_for_sa", "version"]
EMPLOYER_COLUMNS = ["id", "name", "contact", "employee_count", "is_registered_in_cams", "has_registration_form",
                    "has_signed_placement_agreement", "version"]
EMPLOYMENT_COLUMNS = ["id", "client_id", "employer_id", "job_title", "start_date", "hours_per_week", "is_new_employer",
                      "end_date", "end_reason", "is_pbf_eligible", "version"]
CHECKPOINT_COLUMNS = ["id", "employment_id", "month", "due_on", "recorded_on", "still_employed", "hours_per_week",
                      "same_employer", "contact_method", "note", "version"]


def add_months(iso, months):
    """R-08: start + N calendar months, clamped to the month's end."""
    y, m, d = (int(x) for x in iso.split("-"))
    m0 = m - 1 + months
    y, m = y + m0 // 12, m0 % 12 + 1
    return "%04d-%02d-%02d" % (y, m, min(d, calendar.monthrange(y, m)[1]))


def audit_json(columns, values):
    """The audit `changes` of an insert: every column's value, keys sorted, as the app writes it."""
    return json.dumps(dict(zip(columns, values)), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Plan:
    """Every row to insert, values and audit JSON computed up front (the clock never sees Python work)."""

    def __init__(self, extract, first_ids, staff_id):
        self.clients, self.assessments, self.employers = [], [], []
        self.employments, self.checkpoints, self.audits = [], [], []
        ids = dict(first_ids)
        employer_ids = {}

        def next_id(table):
            ids[table] += 1
            return ids[table] - 1

        def audited(table, columns, values):
            self.audits.append((NOW, staff_id, "insert", table, values[0], audit_json(columns, values)))

        with open(extract, newline="", encoding="utf-8-sig") as f:
            for cells in csv.DictReader(f):
                cell = {k: (v.strip() or None) for k, v in cells.items()}
                has_job = cell.get("employment_start_date") is not None
                assessed = cell.get("ca_submitted_on")
                referred = (cell.get("referral_source") or cell.get("referral_received_on")) and not assessed and not has_job
                client_id = next_id("client")
                client = (client_id, cell["cams_reference"], cell["first_name"], cell["last_name"], cell.get("preferred_name"),
                          cell.get("date_of_birth"), cell.get("phone"), cell.get("email"), cell.get("address"),
                          cell.get("preferred_language"), cell.get("referral_source") or "Self", cell.get("referral_received_on"),
                          cell.get("sa_caseworker_name"), cell.get("sa_caseworker_contact"), cell.get("client_stream"),
                          None, None, "Referred" if referred else "Active", 1, 0, NOW, NOW, 0)
                self.clients.append(client)
                audited("client", CLIENT_COLUMNS, client)
                if assessed:
                    a = (next_id("assessment"), client_id, None, None, assessed + " 05:00:00.000", None, 0)
                    self.assessments.append(a)
                    audited("assessment", ASSESSMENT_COLUMNS, a)
                if has_job:
                    name = cell["employer_name"]
                    key = name.lower()
                    if key not in employer_ids:
                        e = (next_id("employer"), name, None, None, 0, 0, 0, 0)
                        employer_ids[key] = e[0]
                        self.employers.append(e)
                        audited("employer", EMPLOYER_COLUMNS, e)
                    start, hours = cell["employment_start_date"], float(cell["hours_per_week"])
                    is_new = cell["new_employer"].lower() in ("yes", "y", "true", "1")
                    eligible = int(bool(assessed) and start >= assessed and hours >= 20)
                    job = (next_id("employment"), client_id, employer_ids[key], cell.get("job_title") or MISSING_JOB_TITLE,
                           start, hours, int(is_new), None, None, eligible, 0)
                    self.employments.append(job)
                    audited("employment", EMPLOYMENT_COLUMNS, job)
                    for month in (1, 3, 6, 12):
                        c = (next_id("checkpoint"), job[0], month, add_months(start, month), None, None, None, None, None, None, 0)
                        self.checkpoints.append(c)
                        audited("checkpoint", CHECKPOINT_COLUMNS, c)

        self.search_rows = [search_row(c) for c in self.clients]

    def record_count(self):
        return len(self.clients) + len(self.assessments) + len(self.employers) + len(self.employments) + len(self.checkpoints)


def search_row(client):
    """The search index's values for a client row, as the v2 trigger's SQL works them out."""
    first, last, preferred, cams, phone = client[2], client[3], client[4], client[1], client[6]
    name = first + " " + last + " " + (preferred or "")
    phone_column = phone + " " + "".join(c for c in phone if c not in " ()-.+/") if phone is not None else ""
    cjk = "".join(c + " " for part in (last, first, preferred or "") for c in part[:16] if ord(c) >= 0x2E80)
    return (client[0], name, cams, phone_column, cjk)


def insert_sql(table, columns):
    return "INSERT INTO %s (%s) VALUES (%s)" % (table, ", ".join(columns), ", ".join("?" * len(columns)))


def fts_rebuild_sql(db):
    """The insert trigger's statement turned into one INSERT … SELECT over the new clients."""
    trigger = db.execute("SELECT sql FROM sqlite_schema WHERE name = 'client_fts_after_insert'").fetchone()[0]
    body = trigger[trigger.index("BEGIN") + len("BEGIN"):trigger.rindex("END")].strip().rstrip(";")
    head, values = body.split("VALUES (", 1)
    values = values.strip()[:-1]
    return head + "SELECT " + re.sub(r"\bnew\.", "client.", values) + " FROM client WHERE client.id >= ?"


def write(template, scratch, plan, variant, run):
    deferred = variant != "per-row index"
    path = os.path.join(scratch, "floor-%s-%d.sqlite" % (variant.replace(" ", "-"), run))
    shutil.copyfile(template, path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA cache_size = -262144")   # as the app's import sets it
    triggers = {name: sql for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'client_fts_after_insert'")}
    rebuild = fts_rebuild_sql(db)
    phases = {}

    def timed(name, body):
        t = time.perf_counter()
        body()
        phases[name] = phases.get(name, 0) + time.perf_counter() - t

    started = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    if deferred:
        for name in triggers:
            db.execute("DROP TRIGGER %s" % name)
    timed("client", lambda: db.executemany(insert_sql("client", CLIENT_COLUMNS), plan.clients))
    timed("assessment", lambda: db.executemany(insert_sql("assessment", ASSESSMENT_COLUMNS), plan.assessments))
    timed("employer", lambda: db.executemany(insert_sql("employer", EMPLOYER_COLUMNS), plan.employers))
    timed("employment", lambda: db.executemany(insert_sql("employment", EMPLOYMENT_COLUMNS), plan.employments))
    timed("checkpoint", lambda: db.executemany(insert_sql("checkpoint", CHECKPOINT_COLUMNS), plan.checkpoints))
    timed("audit", lambda: db.executemany(
        "INSERT INTO audit (at, staff_id, action, record_type, record_id, changes) VALUES (?, ?, ?, ?, ?, ?)", plan.audits))
    if variant == "deferred index":
        timed("search index", lambda: db.execute(rebuild, (plan.clients[0][0],)))
    if variant == "precomputed index":
        timed("search index", lambda: db.executemany(
            "INSERT INTO client_fts (rowid, name, cams, phone, cjk) VALUES (?, ?, ?, ?, ?)", plan.search_rows))
    if deferred:
        for sql in triggers.values():
            db.execute(sql)
    timed("commit", lambda: db.execute("COMMIT"))
    total = time.perf_counter() - started
    searchable = db.execute("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'cams:' || ?",
                            (plan.clients[-1][1],)).fetchone()[0]
    db.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    if searchable != 1:
        sys.exit("the last client is not in the search index: the measurement is wrong")
    return total, phases


def check_search_rows(template, plan):
    """The precomputed index values must be what the trigger's SQL gives (checked on a sample, untimed)."""
    db = sqlite3.connect(":memory:")
    sql = fts_rebuild_sql(sqlite3.connect(template))
    select = "SELECT " + sql.split("SELECT ", 1)[1].rsplit(" FROM client", 1)[0].replace("client.", "c.")
    select += " FROM (SELECT ? AS id, ? AS first_name, ? AS last_name, ? AS preferred_name, ? AS cams_reference, ? AS phone) AS c"
    for client, expected in list(zip(plan.clients, plan.search_rows))[::97]:
        got = db.execute(select, (client[0], client[2], client[3], client[4], client[1], client[6])).fetchone()
        if tuple(got) != expected:
            sys.exit("search_row() differs from the trigger's SQL for client %r: %r != %r" % (client[1], expected, got))


def sqlite3_import(extract, scratch, runs):
    shell = shutil.which("sqlite3")
    if not shell:
        return None
    times = []
    for run in range(runs + 1):   # the first is a warm-up, as in caseload-bench
        path = os.path.join(scratch, "bare-%d.sqlite" % run)
        t = time.perf_counter()
        subprocess.run([shell, path, ".import --csv %s t" % extract], check=True)
        if run > 0:
            times.append(time.perf_counter() - t)
        os.remove(path)
    return statistics.median(times)


def make_template(caseload, scratch):
    path = os.path.join(scratch, "template.sqlite")
    # `init` creates and migrates the database and names an administrator.
    subprocess.run([caseload, "init", path], check=True, stdout=subprocess.DEVNULL)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("extract", help="the CaMS extract CSV (caseload-bench writes one into its --data folder)")
    parser.add_argument("--template", help="an empty, migrated Caseload database to copy for each run")
    parser.add_argument("--caseload", default=".build/release/caseload", help="makes the template when --template is not given")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each variant (the median is reported)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="import-floor-", dir=os.path.dirname(os.path.abspath(args.extract))) as scratch:
        template = args.template or make_template(args.caseload, scratch)
        with sqlite3.connect(template) as db:
            first_ids = {t: (db.execute("SELECT ifnull(max(id), 0) + 1 FROM %s" % t).fetchone()[0])
                         for t in ("client", "assessment", "employer", "employment", "checkpoint")}
            staff_id = db.execute("SELECT min(id) FROM staff").fetchone()[0]
        plan = Plan(args.extract, first_ids, staff_id)
        print("extract: %s (%d rows) -> %d records, %d audit rows; SQLite %s"
              % (args.extract, len(plan.clients), plan.record_count(), len(plan.audits), sqlite3.sqlite_version))

        bare = sqlite3_import(args.extract, scratch, args.runs)
        print("sqlite3 .import (bare table): " + ("%.2f s" % bare if bare else "sqlite3 not installed"))
        check_search_rows(template, plan)
        for label in ("per-row index", "deferred index", "precomputed index"):
            results = [write(template, scratch, plan, label, run) for run in range(args.runs)]
            total = statistics.median(r[0] for r in results)
            phases = {name: statistics.median(r[1][name] for r in results) for name in results[0][1]}
            ratio = " = %.1fx sqlite3 .import" % (total / bare) if bare else ""
            print("floor, %s: %.2f s%s" % (label, total, ratio))
            print("    " + ", ".join("%s %.2f s" % (name, t) for name, t in phases.items()))


if __name__ == "__main__":
    main()
