"""bench/compare.sh: checks that every system answered CELL with the hub's data.

Usage: same-answers.py CELL HUB.json OTHER.json...
The raw-SQL app answers in the hub's shape; PostGraphile's answer (pg5-*.json) is first put into it:
connections become lists, the first active plan and the case manager of the first open case are lifted.
For the cell "written" the files hold the rows a write left (request, outbox events, audit events).
"""
import json
import re
import sys


def enum_name(value):
    """A stored enum member (TemporaryResidential) as the hub's schema spells it (TEMPORARY_RESIDENTIAL)."""
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", value).upper()


def pg5_to_hub(cell, answer):
    data = answer.get("data") or {}
    if cell == "lookup" and data.get("persons"):
        found = data.pop("persons")["nodes"]
        data["person"] = person = found[0] if found else None
    if cell == "lookup" and data.get("person"):
        plans = person.pop("plans")["nodes"]
        cases = person.pop("cases")["nodes"]
        person["activeCarePlan"] = {"status": enum_name(plans[0]["status"]),
                                    "interventions": [{"kind": enum_name(i["kind"])} for i in plans[0]["interventions"]["nodes"]]} if plans else None
        person["caseManager"] = cases[0]["staffMemberByCaseManagerId"] if cases else None
        person["placements"] = person["placements"]["nodes"]
    if cell == "zone" and data.get("persons"):
        for node in data["persons"]["nodes"]:
            node["residence"] = {"municipality": node["residence"]}
    return {"data": data}


def main():
    cell, hub_path, *others = sys.argv[1:]
    hub = json.load(open(hub_path))
    if hub.get("errors"):
        print(f"hub answered {cell} with errors: {json.dumps(hub)[:600]}", file=sys.stderr)
        return 1
    for path in others:
        other = json.load(open(path))
        if cell == "written" and "/pg5-" in path:
            # PostGraphile inserts the row only: it has no outbox and no audit trail.
            other = dict(hub, request=other["request"])
        elif "/pg5-" in path:
            other = pg5_to_hub(cell, other)
        if other != hub:
            print(f"{path} differs for {cell}:\n  hub:   {json.dumps(hub)[:600]}\n  other: {json.dumps(other)[:600]}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
