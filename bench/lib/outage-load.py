#!/usr/bin/env python3
"""Write load for bench/outage.sh: files discharge requests as fast as WORKERS threads can for
SECONDS, each with a unique admission reference and idempotency key. A 503 is retried with the
same key after its Retry-After, as a well-behaved client would, until the run's end plus GRACE.
Writes one JSON line per logical write (its key, reference, final outcome, acknowledged id) and
one per HTTP attempt (time, status, whether the body leaks internals) to OUT.

Usage: outage-load.py URL TOKEN HOSPITAL_ID FISCAL_CODES_FILE SECONDS WORKERS OUT
"""
import json, re, sys, threading, time, urllib.error, urllib.request, uuid

url, token, hospital, codes_file, seconds, workers, out = sys.argv[1:8]
seconds, workers, grace = float(seconds), int(workers), 20.0
codes = [line.strip() for line in open(codes_file) if line.strip()]
MUTATION = ("mutation($input: SubmitDischargeRequestInput!) { submitDischargeRequest(input: $input) "
            "{ dischargeRequest { id } errors { __typename message } } }")
# What a response must never show: SQL, provider or .NET names, stack frames.
LEAK = re.compile(r"Npgsql|Postgres|SQLite|Exception|System\.|Microsoft\.|\bat Hub\.|SELECT |INSERT |UPDATE |relation \"|numeric field|violates", re.I)
lock = threading.Lock()
records = []
start = time.time()


def post(body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/json", "Accept": "application/graphql-response+json", "Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8", "replace"), response.headers.get("Retry-After")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), error.headers.get("Retry-After")
    except Exception as error:  # connection refused, reset: the hub itself was unreachable
        return 0, repr(error), None


def write(worker, n):
    reference = f"bench/{worker}/{n}/{uuid.uuid4().hex[:8]}"
    key = uuid.uuid4().hex
    body = {"query": MUTATION, "variables": {"input": {
        "hospitalId": hospital, "ward": "Medicina", "admissionReference": reference, "fiscalCode": codes[(worker * 7919 + n) % len(codes)],
        "expectedDischargeOn": time.strftime("%Y-%m-%d", time.gmtime(time.time() + 3 * 86400)), "needs": "Bench load",
        "proposedSetting": "HOME", "idempotencyKey": key}}}
    while True:
        sent = time.time()
        status, text, retry_after = post(body)
        with lock:
            records.append({"kind": "attempt", "at": sent - start, "done": time.time() - start, "status": status, "leak": bool(LEAK.search(text))})
        acknowledged = None
        if status == 200:
            try:
                payload = json.loads(text)["data"]["submitDischargeRequest"]
                if payload["dischargeRequest"] and not payload["errors"]:
                    acknowledged = payload["dischargeRequest"]["id"]
            except (ValueError, KeyError, TypeError):
                pass
        if status == 503 and time.time() - start < seconds + grace:
            time.sleep(float(retry_after or 1))
            continue
        with lock:
            records.append({"kind": "write", "reference": reference, "status": status, "id": acknowledged, "body": None if acknowledged else text[:300]})
        return


def worker(index):
    n = 0
    while time.time() - start < seconds:
        write(index, n)
        n += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
with open(out, "w") as file:
    for record in records:
        file.write(json.dumps(record) + "\n")
