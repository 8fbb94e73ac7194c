"""moto_server with EventBridge across accounts, and API destinations, as AWS does them (testing/moto/moto.sh and
the tests' Moto start moto through this).

moto keeps every account apart (the account of a request: its access key, or the header x-moto-account-id) and
forwards events to another account's bus through a rule target, but two things differ from EventBridge, and the
two-account tests of the partner wiring (docs/partner-aws.md) depend on both:

- PutEvents naming another account's bus by its ARN lands in the caller's own account (moto keeps the bus name
  only). Here such an entry goes to the bus of the account and region in the ARN.
- Bus policies are stored but never consulted. Here an event that crosses accounts (that PutEvents, or a rule
  whose target is another account's bus) is delivered only when the receiving bus's policy admits the sending
  account for it; otherwise the entry fails with AccessDeniedException, as EventBridge answers.

And one that the HTTPS route (integrations/aws/partner-api-destination.yaml) depends on:

- An API destination target gets a request without body or authorization (and only with MOTO_EVENTS_INVOKE_HTTP).
  Here it gets what EventBridge sends: the event as the JSON body, the connection's API key in its header (and the
  target's header parameters). An answer other than 2xx puts the event in the target's dead-letter queue with the
  attributes ERROR_CODE and ERROR_MESSAGE (the answer), at once: EventBridge would first retry 429s and 5xx.

Everything else is moto's own. The policy check understands what bus policies use for this: Allow and Deny
statements, principals as an account id, an account root ARN or "*", events:PutEvents or events:*, the bus ARN or
"*" as resource, and the condition operators StringEquals, StringLike (with ForAllValues:/ForAnyValue:) on
events:source, events:detail-type and aws:PrincipalAccount. A statement with anything else never admits (and a
Deny with anything else always refuses), and the log says which.

usage: python server.py [moto_server arguments]   (run with the venv of testing/moto/moto.sh python)
"""
import fnmatch
import json
import logging
import os
import threading

import requests
from moto.core.utils import iso_8601_datetime_without_milliseconds, utcfromtimestamp
from moto.events import models
from moto.server import main
from moto.sqs.models import sqs_backends
from moto.utilities.arns import parse_arn

LOG = logging.getLogger("xapp.moto")
_sending_account = threading.local()

_original_put_events = models.EventsBackend.put_events
_original_send_to_targets = models.Rule.send_to_targets


class UnsupportedPolicy(Exception):
    pass


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _principal_matches(principal, account):
    if principal == "*":
        return True
    if not isinstance(principal, dict) or set(principal) != {"AWS"}:
        raise UnsupportedPolicy(f"principal {principal}")
    return any(p in ("*", account) or (p.startswith("arn:") and p.endswith(f":iam::{account}:root"))
               for p in _as_list(principal["AWS"]))


def _condition_matches(condition, context):
    for operator, tests in condition.items():
        qualifier, _, base = operator.rpartition(":")
        if base not in ("StringEquals", "StringLike") or qualifier not in ("", "ForAllValues", "ForAnyValue"):
            raise UnsupportedPolicy(f"condition operator {operator}")
        for key, expected in tests.items():
            if key not in context:
                raise UnsupportedPolicy(f"condition key {key}")
            # One entry at a time: its value is the request's single value for the key.
            actual = context[key]
            if base == "StringEquals":
                matched = actual in _as_list(expected)
            else:
                matched = any(fnmatch.fnmatchcase(actual, pattern) for pattern in _as_list(expected))
            if not matched:
                return False
    return True


def _statement_matches(statement, bus, account, context):
    actions = _as_list(statement.get("Action", []))
    resources = _as_list(statement.get("Resource", "*"))
    return (_principal_matches(statement.get("Principal"), account)
            and any(a in ("events:PutEvents", "events:*") for a in actions)
            and any(r == "*" or r == bus.arn for r in resources)
            and _condition_matches(statement.get("Condition", {}), context))


def _refusal(bus, account, entry):
    """None when the policy of `bus` admits `account` to put `entry`, else why not."""
    context = {"events:source": entry.get("Source"), "events:detail-type": entry.get("DetailType"),
               "aws:PrincipalAccount": account}
    statements = json.loads(bus.policy)["Statement"] if bus.policy else []
    allowed = False
    for statement in statements:
        try:
            matches = _statement_matches(statement, bus, account, context)
        except UnsupportedPolicy as e:
            LOG.warning("bus %s, statement %s: %s is not understood here; the statement %s", bus.arn,
                        statement.get("Sid"), e, "refuses" if statement.get("Effect") == "Deny" else "admits nothing")
            matches = statement.get("Effect") == "Deny"
        if matches and statement.get("Effect") == "Deny":
            return f"a Deny statement ({statement.get('Sid')}) of the policy of {bus.arn} matches"
        allowed = allowed or (matches and statement.get("Effect") == "Allow")
    if allowed:
        return None
    return (f"account {account} is not authorized to put events with source {context['events:source']} and "
            f"detail-type {context['events:detail-type']} on {bus.arn}: its resource policy admits no such request")


def _deliver(backend, entry, sender):
    """Puts one entry on a bus of `backend` for `sender` (another account), if the bus policy admits it."""
    try:
        bus = backend._get_event_bus(backend._normalize_event_bus_arn(entry.get("EventBusName")))
    except models.ResourceNotFoundException as e:
        return {"ErrorCode": "ResourceNotFoundException", "ErrorMessage": e.message}
    refusal = _refusal(bus, sender, entry)
    if refusal:
        LOG.info("refused: %s", refusal)
        return {"ErrorCode": "AccessDeniedException", "ErrorMessage": refusal}
    return _original_put_events(backend, [dict(entry, EventBusName=bus.name)])[0]


def put_events(self, events):
    if len(events) > 10:
        return _original_put_events(self, events)  # moto's own validation error
    sender = getattr(_sending_account, "value", None) or self.account_id
    results = []
    for entry in events:
        name = entry.get("EventBusName") or "default"
        target = parse_arn(name) if name.startswith("arn:") else None
        if target and (target.account, target.region) != (self.account_id, self.region_name):
            results.append(_deliver(models.events_backends[target.account][target.region], entry, self.account_id))
        elif sender != self.account_id:
            results.append(_deliver(self, entry, sender))
        else:
            results.extend(_original_put_events(self, [entry]))
    return results


def _dead_letter(rule, target, event, code, message):
    queue = target.get("DeadLetterConfig", {}).get("Arn")
    LOG.info("rule %s, target %s: %s %s%s", rule.arn, target["Id"], code, message,
             f"; dead-lettered to {queue}" if queue else "")
    if queue:
        arn = parse_arn(queue)
        attributes = {"ERROR_CODE": code, "ERROR_MESSAGE": message, "RULE_ARN": rule.arn, "TARGET_ARN": target["Arn"]}
        sqs_backends[arn.account][arn.region].send_message(
            queue_name=arn.resource_id, message_body=json.dumps(event),
            message_attributes={k: {"DataType": "String", "StringValue": v} for k, v in attributes.items()})


def _invoke_api_destination(rule, target, event):
    backend = models.events_backends[rule.account_id][rule.region_name]
    destination = backend.destinations[parse_arn(target["Arn"]).resource_id.split("/")[0]]
    connection = next(c for c in backend.connections.values() if c.arn == destination.connection_arn)
    headers = {"Content-Type": "application/json; charset=utf-8",
               **target.get("HttpParameters", {}).get("HeaderParameters", {})}
    api_key = connection.auth_parameters.get("ApiKeyAuthParameters")
    if api_key:
        headers[api_key["ApiKeyName"]] = api_key["ApiKeyValue"]
    try:
        answer = requests.request(destination.http_method, destination.invocation_endpoint, headers=headers,
                                  data=json.dumps(event).encode("utf-8"), timeout=10)
    except requests.RequestException as e:
        _dead_letter(rule, target, event, "SDK_CLIENT_ERROR", f"{destination.invocation_endpoint}: {e}")
        return
    if not 200 <= answer.status_code < 300:
        _dead_letter(rule, target, event, f"{answer.status_code}", answer.text[:1000])


def _api_destinations(rule, event):
    if (os.environ.get("MOTO_EVENTS_INVOKE_HTTP", "").lower() == "true" or rule.state != "ENABLED"
            or not rule.event_pattern.matches_event(event)):
        return  # moto's own call with that setting; or not for this rule
    event = {k: v for k, v in event.items() if k != "ingestion-time"}  # moto's own field
    if isinstance(event.get("time"), (int, float)):
        event["time"] = iso_8601_datetime_without_milliseconds(utcfromtimestamp(event["time"]))
    for target in rule.targets:
        arn = parse_arn(target["Arn"])
        if arn.service == "events" and arn.resource_type == "api-destination":
            if target.get("InputTransformer") or target.get("InputPath") or target.get("Input"):
                LOG.warning("rule %s, target %s: input transformation is not supported here; the event is sent "
                            "as it is", rule.arn, target["Id"])
            _invoke_api_destination(rule, target, event)


def send_to_targets(self, original_event, transform_input=True):
    # A rule's deliveries are sent by its account: a target bus elsewhere judges them as coming from there.
    outer = getattr(_sending_account, "value", None)
    _sending_account.value = self.account_id
    try:
        _original_send_to_targets(self, original_event, transform_input)
        _api_destinations(self, original_event)
    finally:
        _sending_account.value = outer


models.EventsBackend.put_events = put_events
models.Rule.send_to_targets = send_to_targets

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    main()
