"""The partner wiring of docs/partner-aws.md in moto, from the templates in integrations/aws/, in two accounts.

The recipe of the guide, in its order:
  0. the partner's existing event bus, in the partner's account (a stand-in for the bus they already have);
  1. our side, integrations/aws/xapp-environment.yaml, in our account, with the partner's account and bus ARN
     (and the IAM OIDC provider of the cluster, which an EKS cluster has and moto has to be given);
  2. the partner's side, integrations/aws/partner-side.yaml, in the partner's account, with our bus ARN and account;
  3. the chart values from our stack's outputs (each output described "helm value <path>" is that value);
  4. here only: credentials of the bridge's role from STS (on EKS the service account's token is exchanged for
     them), for the bridge process (bridge.extraEnv), and the moto endpoint (events.endpointOverride).
Idempotent: stacks that exist are reused. Prints JSON: {"values": chart values, "xapp": our outputs, "partner":
their outputs, "madeThroughTheApi": {template: [logical ids]}}; --values-file writes the chart values alone (JSON,
for helm --values), --env-file shell assignments of the URLs and accounts.

usage: python partner-wiring.py MOTO_URL --environment NAME --xapp-account ID --partner-account ID
         --partner-bus NAME --namespace NS --service-account NAME [--values-file PATH] [--env-file PATH]
       (with the venv of testing/moto/moto.sh python; moto started by testing/moto/moto.sh, see server.py)
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stacks  # noqa: E402

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "integrations", "aws")
# The local control plane's service-account issuer (testing/cluster), as EKS's would be registered in IAM.
OIDC_ISSUER = "https://kubernetes.default.svc.cluster.local"
HELM_VALUE = re.compile(r"^helm value (\S+)$")


def chart_values(template_path, outputs):
    """Chart values from the outputs whose template description is "helm value <path>" (\\. escapes a dot)."""
    values = {}
    for key, output in stacks.load_template(template_path).get("Outputs", {}).items():
        match = HELM_VALUE.match(output.get("Description", ""))
        if not match:
            continue
        path = [p.replace("\0", ".") for p in match.group(1).replace("\\.", "\0").split(".")]
        node = values
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = outputs[key]
    return values


def oidc_provider(endpoint, account):
    iam = stacks.client(endpoint, account, "iam")
    host = OIDC_ISSUER.removeprefix("https://")
    arns = [p["Arn"] for p in iam.list_open_id_connect_providers()["OpenIDConnectProviderList"]]
    if not any(a.endswith(":oidc-provider/" + host) for a in arns):
        iam.create_open_id_connect_provider(Url=OIDC_ISSUER, ClientIDList=["sts.amazonaws.com"],
                                            ThumbprintList=["0" * 40])
    return host


def partner_bus(endpoint, account, name):
    events = stacks.client(endpoint, account, "events")
    if name != "default" and name not in [b["Name"] for b in events.list_event_buses()["EventBuses"]]:
        events.create_event_bus(Name=name)
    return events.describe_event_bus(Name=name)["Arn"]


def bridge_credentials(a, role_arn, reused):
    """The bridge's environment with credentials of its role; those of the last run while moto keeps the stack."""
    if reused and a.values_file and os.path.exists(a.values_file):
        with open(a.values_file, encoding="utf-8") as f:
            previous = json.load(f).get("bridge", {}).get("extraEnv")
        if previous:
            return previous  # unchanged values: a second `make run` does not restart the bridge
    role = stacks.client(a.endpoint, a.xapp_account, "sts").assume_role(
        RoleArn=role_arn, RoleSessionName="xapp-bridge")["Credentials"]
    return [{"name": "AWS_ACCESS_KEY_ID", "value": role["AccessKeyId"]},
            {"name": "AWS_SECRET_ACCESS_KEY", "value": role["SecretAccessKey"]},
            {"name": "AWS_SESSION_TOKEN", "value": role["SessionToken"]}]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("endpoint")
    for name in ("environment", "xapp-account", "partner-account", "partner-bus", "namespace", "service-account"):
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--values-file")
    parser.add_argument("--env-file")
    a = parser.parse_args()

    ours_template = os.path.join(TEMPLATES, "xapp-environment.yaml")
    ours_stack = f"xapp-{a.environment}"
    reused = stacks.exists(a.endpoint, a.xapp_account, ours_stack)
    bus_arn = partner_bus(a.endpoint, a.partner_account, a.partner_bus)
    ours, ours_by_api = stacks.deploy(a.endpoint, a.xapp_account, ours_stack, ours_template, {
        "EnvironmentName": a.environment, "PartnerAccountId": a.partner_account, "PartnerEventBusArn": bus_arn,
        "OidcProvider": oidc_provider(a.endpoint, a.xapp_account), "BridgeNamespace": a.namespace,
        "BridgeServiceAccount": a.service_account})
    theirs, theirs_by_api = stacks.deploy(
        a.endpoint, a.partner_account, f"xapp-{a.environment}-partner-side",
        os.path.join(TEMPLATES, "partner-side.yaml"), {
            "PartnerEventBusName": a.partner_bus, "XappEventBusArn": ours["EventBusArn"],
            "XappAccountId": ours["AccountId"], "ResourcePrefix": f"xapp-{a.environment}"})

    values = chart_values(ours_template, ours)
    values["events"]["endpointOverride"] = a.endpoint
    values["bridge"]["extraEnv"] = bridge_credentials(a, ours["BridgeRoleArn"], reused)
    result = {"values": values, "xapp": ours, "partner": theirs,
              "madeThroughTheApi": {"xapp-environment.yaml": ours_by_api, "partner-side.yaml": theirs_by_api}}
    if a.values_file:
        with open(a.values_file, "w", encoding="utf-8") as f:
            json.dump(values, f, indent=2)
    if a.env_file:
        with open(a.env_file, "w", encoding="utf-8") as f:
            f.write(f"MOTO_URL={a.endpoint}\nXAPP_ACCOUNT={a.xapp_account}\nPARTNER_ACCOUNT={a.partner_account}\n"
                    f"PARTNER_BUS={a.partner_bus}\nQUEUE_URL={ours['EventsQueueUrl']}\n"
                    f"DLQ_URL={ours['EventsDeadLetterQueueUrl']}\nINBOX_URL={theirs['ReadyInboxQueueUrl']}\n")
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
