#!/usr/bin/python3
"""Seeds a fresh Tryton 6.0 database over JSON-RPC for PlanBridge's tests.

Usage: tryton-seed.py URL DATABASE   (the admin password comes from TRYTON_ADMIN_PASSWORD)

What it creates (fixed codes, so tests can build forecast versions against them):
  * currency EUR, the company "PlanBridge Test Manufacturing", the admin user in it;
  * supplier parties S-1 .. S-3;
  * a second warehouse WH2 beside Tryton's default WH;
  * purchasable products C001 .. C024 (unit "u"), each with one supplier and a lead time of
    2 to 9 days; producible products F001 .. F006, each with a BOM of two purchasable inputs;
  * a product M001 in kilograms (to test unit categories);
  * supply periods of 60 days for purchase and production, so a supply run covers the
    forecast horizon the tests use.
Only the standard library: Debian's /usr/bin/python3 runs it.
"""
import base64
import json
import os
import sys
import urllib.request

URL, DB = sys.argv[1].rstrip("/"), sys.argv[2]
PASSWORD = os.environ.get("TRYTON_ADMIN_PASSWORD", "admin")
_session = None
_id = 0


def rpc(method, params, path=None):
    global _id
    _id += 1
    body = json.dumps({"id": _id, "method": method, "params": params}).encode()
    req = urllib.request.Request(URL + (path or "/%s/" % DB), data=body, method="POST")
    req.add_header("Content-Type", "application/json")
    if _session:
        req.add_header("Authorization", "Session " + _session)
    with urllib.request.urlopen(req, timeout=120) as resp:
        answer = json.loads(resp.read())
    if "error" in answer and answer["error"]:
        raise SystemExit("seed: %s failed: %s" % (method, json.dumps(answer["error"])[:400]))
    return answer["result"]


def dec(text):
    return {"__class__": "Decimal", "decimal": str(text)}


def days(n):
    return {"__class__": "timedelta", "seconds": n * 86400}


def main():
    global _session
    user_id, key = rpc("common.db.login", ["admin", {"password": PASSWORD}, "en"])
    _session = base64.b64encode(("admin:%s:%s" % (user_id, key)).encode()).decode()
    m = lambda model, method, *args, ctx=None: rpc("model.%s.%s" % (model, method), list(args) + [ctx or {}])

    [eur] = m("currency.currency", "create", [{"name": "Euro", "code": "EUR", "symbol": "€",
                                                "rounding": dec("0.01"), "digits": 2}])
    [party] = m("party.party", "create", [{"name": "PlanBridge Test Manufacturing"}])
    [company] = m("company.company", "create", [{"party": party, "currency": eur, "timezone": "UTC"}])
    m("res.user", "write", [user_id], {"companies": [["add", [company]]], "company": company})
    ctx = {"company": company, "language": "en"}

    suppliers = m("party.party", "create", [{"name": "Supplier %d" % i, "code": "S-%d" % i}
                                            for i in (1, 2, 3)], ctx=ctx)

    def location(code):
        found = m("stock.location", "search_read", [["code", "=", code]], 0, 1, None, ["id"], ctx=ctx)
        if not found:
            raise SystemExit("seed: no location %s" % code)
        return found[0]["id"]

    # A second warehouse: its input, output and storage locations first, then the warehouse.
    storage = m("stock.location", "create", [
        {"name": "WH2 Input", "code": "IN2", "type": "storage"},
        {"name": "WH2 Output", "code": "OUT2", "type": "storage"},
        {"name": "WH2 Storage", "code": "STO2", "type": "storage"}], ctx=ctx)
    m("stock.location", "create", [{"name": "Warehouse 2", "code": "WH2", "type": "warehouse",
                                    "input_location": storage[0], "output_location": storage[1],
                                    "storage_location": storage[2],
                                    "production_location": location("PROD")}], ctx=ctx)

    [unit] = [u["id"] for u in m("product.uom", "search_read", [["symbol", "=", "u"]], 0, 1, None,
                                 ["id"], ctx=ctx)]
    [kg] = [u["id"] for u in m("product.uom", "search_read", [["symbol", "=", "kg"]], 0, 1, None,
                               ["id"], ctx=ctx)]

    def template(code, name, uom, purchasable, producible, supplier=None, lead_days=0):
        values = {"name": name, "type": "goods", "default_uom": uom, "list_price": dec("10"),
                  "purchasable": purchasable, "producible": producible,
                  "products": [["create", [{"suffix_code": code, "cost_price": dec("4")}]]]}
        if purchasable:
            values["purchase_uom"] = uom
            values["product_suppliers"] = [["create", [{
                "party": supplier, "company": company, "currency": eur, "lead_time": days(lead_days),
                "prices": [["create", [{"quantity": 0, "unit_price": dec("2.50")}]]]}]]]
        return values

    components = [template("C%03d" % i, "Component C-%03d" % i, unit, True, False,
                           suppliers[i % 3], 2 + i % 8) for i in range(1, 25)]
    finished = [template("F%03d" % i, "Finished F-%03d" % i, unit, False, True) for i in range(1, 7)]
    material = [template("M001", "Material M-001", kg, True, False, suppliers[0], 5)]
    m("product.template", "create", components + finished + material, ctx=ctx)
    ids = {p["code"]: p["id"] for p in m("product.product", "search_read", [], 0, None, None,
                                            ["code"], ctx=ctx)}

    # F00i <- 2 x C00i + 1 x C0(i+12)
    boms = m("production.bom", "create", [{
        "name": "BOM F-%03d" % i,
        "inputs": [["create", [{"product": ids["C%03d" % i], "quantity": 2.0, "uom": unit},
                               {"product": ids["C%03d" % (i + 12)], "quantity": 1.0, "uom": unit}]]],
        "outputs": [["create", [{"product": ids["F%03d" % i], "quantity": 1.0, "uom": unit}]]]}
        for i in range(1, 7)], ctx=ctx)
    for i, bom in enumerate(boms, start=1):
        m("product.product", "write", [ids["F%03d" % i]], {"boms": [["create", [{"bom": bom}]]]}, ctx=ctx)

    for model in ("purchase.configuration", "production.configuration"):
        m(model, "write", [1], {"supply_period": days(60)}, ctx=ctx)
    rpc("common.db.logout", [])
    print("seeded company %d, %d products" % (company, len(ids)))


if __name__ == "__main__":
    main()
