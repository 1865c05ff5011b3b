#!/usr/bin/env python3
"""pandas baseline for tests/bench/bench_validate.sh.

Does work comparable to `planbridge-sync validate` with a dataframe pipeline: read the version
(JSON or CSV) and the master data, trim, apply code maps, merge with items / locations /
item-locations, check the rules in contract order, convert units exactly (thousandths, half-up),
split weeks into the plant's periods by working days (largest remainder), aggregate to the ERP key
with lineage, and write a result file.

It is a *comparable subset*, not a second implementation: JSON numbers in exponent form count as
QUANTITY_INVALID, non-string JSON values in code fields are read as text, duplicate JSON keys and
CSV rows with extra fields are not detected, only `week` buckets are supported, and rejects carry row and reason only. On the synthetic data the
summary, the accepted records (quantities, periods, lineage) and the reject reasons match the engine.
"""
import argparse
import json
import sys

import numpy as np
import pandas as pd

FIELDS = ["item", "location", "channel", "bucket_start", "quantity", "uom"]
MAX_T = 9_999_999_999_999
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def factor_parts(value):
    """An exact factor as (numerator, denominator) integers: "0.0125" -> (125, 10000)."""
    text = str(value).strip()
    whole, _, frac = text.partition(".")
    return int(whole + frac), 10 ** len(frac)


def load_master(path):
    with open(path, "rb") as f:
        md = json.load(f, parse_float=str, parse_int=str)
    items = pd.DataFrame(md.get("items") or [], columns=["item", "base_uom", "status"])
    items["item_active"] = items["status"].fillna("active") == "active"
    locs = pd.DataFrame(md.get("locations") or [], columns=["location", "erp_plant", "mrp_area", "status", "calendar",
                                                           "period_type", "horizon_days"])
    locs["mrp_area"] = locs["mrp_area"].fillna(locs["erp_plant"])
    locs["loc_open"] = locs["status"].fillna("open") == "open"
    locs["horizon_days"] = locs["horizon_days"].astype("int64")
    ils = pd.DataFrame(md.get("item_locations") or [], columns=["item", "location", "status", "lead_time_days",
                                                               "sourcing", "supplier"])
    ils = ils[ils["status"].fillna("active") == "active"].copy()
    ils["lead_time_days"] = ils["lead_time_days"].fillna(0).astype("int64")
    ils["no_supplier"] = (ils["sourcing"].fillna("make") == "buy") & (ils["supplier"].fillna("").str.strip() == "")
    conv = pd.DataFrame(md.get("uom_conversions") or [], columns=["item", "from", "to", "factor"])
    parts = [factor_parts(f) for f in conv["factor"]]
    conv["num"] = [p[0] for p in parts]
    conv["den"] = [p[1] for p in parts]
    maps = {"item": {}, "location": {}}
    for m in md.get("code_maps") or []:
        maps[m["kind"]].setdefault(m["source"], m["canonical"])
    cals = {}
    for c in md.get("calendars") or []:
        work = c.get("workdays") or DAYS[:5]
        cals[c["calendar"]] = ([d in work for d in DAYS], set(pd.to_datetime(c.get("holidays") or [])))
    return items, locs, ils, conv, maps, cals, md.get("channels") or []


def load_version(path, as_of):
    if path.lower().endswith(".csv"):
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
        header = {}
    else:
        with open(path, "rb") as f:
            header = json.load(f, parse_float=str, parse_int=str)
        df = pd.DataFrame.from_records(header.pop("records"), columns=FIELDS)
    for c in FIELDS:  # missing / null -> empty, then trimmed
        df[c] = df[c].fillna("").astype(str).str.strip()
    return df, pd.Timestamp(as_of or header["as_of"])


def quantities(q):
    parts = q.str.extract(r"^([+-]?)([0-9]+)(?:\.([0-9]+))?$")
    syntax = parts[1].isna()
    whole = parts[1].fillna("0").str.lstrip("0")
    frac = parts[2].fillna("").str.rstrip("0")
    too_precise = frac.str.len() > 3
    too_large = whole.str.len() > 10
    whole = whole.where(~too_large & (whole != ""), "0").astype("int64")
    frac = frac.where(~too_precise, "").str.ljust(3, "0").astype("int64")
    t = whole * 1000 + frac
    negative = (parts[0] == "-") & (t > 0)
    too_large |= t > MAX_T
    return t, syntax | negative | too_precise | too_large


def convert(df, conv):
    """Thousandths in the item's base unit by the contract's precedence; -1 when unconvertible."""
    keys = [("item_c", "uom", "base_uom", False), ("item_c", "base_uom", "uom", True),
            ("star", "uom", "base_uom", False), ("star", "base_uom", "uom", True)]
    df["star"] = "*"
    num = pd.Series(np.where(df["uom"] == df["base_uom"], 1, 0), index=df.index, dtype="int64")
    den = pd.Series(1, index=df.index, dtype="int64")
    divide = pd.Series(False, index=df.index)
    for owner, frm, to, rev in keys:
        hit = df[[owner, frm, to]].merge(conv, how="left", left_on=[owner, frm, to], right_on=["item", "from", "to"])
        found = (num == 0) & hit["num"].notna().to_numpy()
        num[found] = hit["num"][found.to_numpy()].astype("int64").to_numpy()
        den[found] = hit["den"][found.to_numpy()].astype("int64").to_numpy()
        divide[found] = rev
    a = np.where(divide, df["qty"] * den, df["qty"] * num)
    b = np.where(divide, num, den)
    out = (2 * a + b) // np.maximum(2 * b, 1)
    return np.where((num == 0) | (out > MAX_T), -1, out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--master", required=True)
    ap.add_argument("--input", required=True)
    ap.add_argument("--as-of")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    items, locs, ils, conv, maps, cals, channels = load_master(args.master)
    df, as_of = load_version(args.input, args.as_of)
    n = len(df)
    df["row"] = np.arange(n)
    df["item_c"] = df["item"].map(maps["item"]).fillna(df["item"])
    df["loc_c"] = df["location"].map(maps["location"]).fillna(df["location"])
    df["bucket"] = pd.to_datetime(df["bucket_start"].where(df["bucket_start"].str.len() == 10), format="%Y-%m-%d",
                                  errors="coerce")
    df["qty"], bad_qty = quantities(df["quantity"])
    df = df.merge(items[["item", "base_uom", "item_active"]], how="left", left_on="item_c", right_on="item",
                  suffixes=("", "_m"))
    df = df.merge(locs, how="left", left_on="loc_c", right_on="location", suffixes=("", "_l"))
    df = df.merge(ils[["item", "location", "lead_time_days", "no_supplier"]], how="left",
                  left_on=["item_c", "loc_c"], right_on=["item", "location"], suffixes=("", "_il"))
    df["base_qty"] = convert(df, conv)

    empty = (df[FIELDS] == "").any(axis=1) | df["bucket"].isna()
    rules = [
        ("MALFORMED", empty),
        ("QUANTITY_INVALID", bad_qty),
        ("BUCKET_MISALIGNED", df["bucket"].dt.weekday != 0),
        ("UNKNOWN_ITEM", df["base_uom"].isna()),
        ("UNKNOWN_LOCATION", df["erp_plant"].isna()),
        ("UNKNOWN_CHANNEL", ~df["channel"].isin(channels) if channels else pd.Series(False, index=df.index)),
        ("ITEM_INACTIVE", df["item_active"] == False),  # noqa: E712 (NaN must not count)
        ("LOCATION_BLOCKED", df["loc_open"] == False),  # noqa: E712
        ("ITEM_LOCATION_MISSING", df["lead_time_days"].isna()),
        ("UOM_UNCONVERTIBLE", df["base_qty"] < 0),
        ("OUTSIDE_HORIZON", df["bucket"] > as_of + pd.to_timedelta(df["horizon_days"].fillna(0), unit="D")),
        ("INSIDE_LEAD_TIME", df["bucket"] + pd.Timedelta(days=6) < as_of + pd.to_timedelta(df["lead_time_days"].fillna(0), unit="D")),
        ("SOURCING_MISSING", df["no_supplier"] == True),  # noqa: E712
    ]
    reason = pd.Series("", index=df.index, dtype=object)
    for code, mask in rules:
        reason[(reason == "") & mask.fillna(False).astype(bool)] = code
    good = df[reason == ""]

    # Buckets -> plant periods: whole when the week fits one period, else split by working days.
    month_end = good["bucket"] + pd.Timedelta(days=6)
    whole = (good["period_type"] == "W") | ((good["period_type"] == "M") & (good["bucket"].dt.month == month_end.dt.month))
    parts_whole = good.loc[whole, ["row", "item_c", "erp_plant", "mrp_area", "period_type", "base_qty"]].copy()
    parts_whole["period_start"] = np.where(parts_whole["period_type"] == "W", good.loc[whole, "bucket"],
                                           good.loc[whole, "bucket"].dt.to_period("M").dt.start_time)
    split = good.loc[~whole, ["row", "item_c", "erp_plant", "mrp_area", "period_type", "base_qty", "bucket", "calendar"]]
    days = split.loc[split.index.repeat(7)].copy()
    days["day"] = days["bucket"] + pd.to_timedelta(np.tile(np.arange(7), len(split)), unit="D")
    work = np.zeros(len(days), dtype=bool)
    for name, (weekdays, holidays) in cals.items():
        sel = (days["calendar"] == name).to_numpy()
        d = days["day"][sel]
        work[sel] = np.array(weekdays)[d.dt.weekday.to_numpy()] & ~d.isin(holidays).to_numpy()
    days = days[work]
    days["period_start"] = days["day"].where(days["period_type"] == "D", days["day"].dt.to_period("M").dt.start_time)
    w = days.groupby(["row", "period_start"], sort=True).agg(
        weight=("day", "size"), item_c=("item_c", "first"), erp_plant=("erp_plant", "first"),
        mrp_area=("mrp_area", "first"), period_type=("period_type", "first"), base_qty=("base_qty", "first")).reset_index()
    total = w.groupby("row")["weight"].transform("sum")
    scaled = w["base_qty"] * w["weight"]
    w["share"], w["rem"] = scaled // total, scaled % total
    left = w["base_qty"] - w.groupby("row")["share"].transform("sum")
    w = w.assign(left=left).sort_values(["row", "rem", "period_start"], ascending=[True, False, True])
    w["share"] += (w.groupby("row").cumcount() < w["left"]).astype("int64")
    # A row with no working day cannot share its key (same plant, same week) with an accepted row,
    # so marking those first and then duplicates among the rest follows the contract's order.
    no_work = split.loc[~split["row"].isin(w["row"]), "row"]
    reason[df["row"].isin(no_work)] = "NO_WORKING_DAYS"
    dup = df.loc[reason == ""].duplicated(subset=["item_c", "loc_c", "channel", "bucket"], keep="first")
    reason[dup[dup].index] = "DUPLICATE_KEY"
    dup_rows = df.loc[dup[dup].index, "row"]
    parts = pd.concat([parts_whole.rename(columns={"base_qty": "q"}),
                       w[["row", "item_c", "erp_plant", "mrp_area", "period_type", "period_start", "share"]]
                       .rename(columns={"share": "q"})])
    parts = parts[~parts["row"].isin(dup_rows)]

    # Aggregate to the ERP key with lineage, label periods, sort and write.
    parts = parts.sort_values("row", kind="stable")
    agg = parts.groupby(["item_c", "erp_plant", "mrp_area", "period_type", "period_start"], sort=False).agg(
        quantity=("q", "sum"), first_row=("row", "min"), sources=("row", list)).reset_index()
    agg["location"] = df["loc_c"].to_numpy()[agg["first_row"].to_numpy()]
    ps = agg["period_start"]
    iso = ps.dt.isocalendar()
    agg["period"] = np.select([agg["period_type"] == "D", agg["period_type"] == "W"],
                              [ps.dt.strftime("%Y%m%d"), iso["year"].astype(str) + iso["week"].astype(str).str.zfill(2)],
                              ps.dt.strftime("%Y%m"))
    agg = agg.sort_values(["item_c", "location", "period"])
    agg["quantity"] = (agg["quantity"] // 1000).astype(str) + "." + (agg["quantity"] % 1000).astype(str).str.zfill(3)
    agg["period_start"] = ps.dt.strftime("%Y-%m-%d")
    agg["uom"] = agg["item_c"].map(items.drop_duplicates("item").set_index("item")["base_uom"])
    accepted = agg.rename(columns={"item_c": "item"})[["item", "location", "erp_plant", "mrp_area", "period_type",
                                                       "period", "period_start", "quantity", "uom", "sources"]]
    rejected = df.loc[reason != "", ["row"]].assign(reason=reason[reason != ""])
    counts = rejected["reason"].value_counts().to_dict()
    summary = {"rows_in": n, "rows_accepted": n - len(rejected), "rows_rejected": len(rejected),
               "records_out": len(accepted), "rejects_by_reason": counts}
    with open(args.out, "w") as f:
        f.write('{"accepted": ' + accepted.to_json(orient="records") + ',\n "rejects": '
                + rejected.to_json(orient="records") + ',\n "summary": ' + json.dumps(summary) + "}\n")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
