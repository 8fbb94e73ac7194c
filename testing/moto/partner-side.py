"""The partner's side of AWS in moto, for local runs: the events queue our bridge reads (with its DLQ), and the
partner's bus with a rule copying ReadyForInstallation into the queue partner-inbox, where a developer reads what
the partner would receive. Idempotent. Prints shell assignments (MOTO_URL, QUEUE_URL, DLQ_URL, INBOX_URL).

usage: python partner-side.py MOTO_URL QUEUE_NAME   (run with the venv of testing/moto/moto.sh python)
"""
import json
import sys

import boto3

moto_url, queue_name = sys.argv[1], sys.argv[2]
kw = dict(endpoint_url=moto_url, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
sqs, events = boto3.client("sqs", **kw), boto3.client("events", **kw)
queue = sqs.create_queue(QueueName=queue_name)["QueueUrl"]
dlq = sqs.create_queue(QueueName=f"{queue_name}-dlq")["QueueUrl"]
inbox = sqs.create_queue(QueueName="partner-inbox")["QueueUrl"]
inbox_arn = sqs.get_queue_attributes(QueueUrl=inbox, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
if "partner-bus" not in [b["Name"] for b in events.list_event_buses()["EventBuses"]]:
    events.create_event_bus(Name="partner-bus")
events.put_rule(Name="ready-to-inbox", EventBusName="partner-bus",
                EventPattern=json.dumps({"detail-type": ["ReadyForInstallation"]}))
events.put_targets(Rule="ready-to-inbox", EventBusName="partner-bus", Targets=[{"Id": "inbox", "Arn": inbox_arn}])
print(f"MOTO_URL={moto_url}\nQUEUE_URL={queue}\nDLQ_URL={dlq}\nINBOX_URL={inbox}")
