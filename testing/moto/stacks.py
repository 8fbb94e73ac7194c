"""CloudFormation stacks in one account of moto, with what moto's CloudFormation cannot create made through the API.

moto's CloudFormation (5.2.5) skips AWS::Events::EventBusPolicy, AWS::SQS::QueuePolicy, AWS::Events::Connection
and AWS::Events::ApiDestination with a warning. `deploy` makes them with boto3 from the template's own properties,
so a template is deployed as written, in up to four steps:

1. the stack with the resources that need none of them, plus one extra output for every Ref and Fn::GetAtt of a
   stack resource that their properties use (moto resolves those);
2. those of them that need only what exists now, in dependency order, their properties resolved (Ref,
   Fn::GetAtt, Fn::Sub, Fn::Join) from the parameters, the pseudo parameters, those outputs and each other;
3. a stack update adding the resources that refer to them (those references replaced by their values), and the
   outputs;
4. the rest of them (e.g. a queue policy naming a rule of step 3).

Any other resource moto skips fails the deployment, naming it. Requests carry the header x-moto-account-id, so
everything lands in that account. A stack that exists already is reused as it is (its outputs are returned).
"""
import json
import re

import boto3
import yaml

REGION = "us-east-1"
_EXTRA_OUTPUT = "XappMotoRef"
_SUB_VARIABLE = re.compile(r"\$\{([^!}][^}]*)\}")


def client(endpoint, account, service):
    """A boto3 client for moto acting in `account`."""
    c = boto3.client(service, endpoint_url=endpoint, region_name=REGION, aws_access_key_id="test",
                     aws_secret_access_key="test")
    c.meta.events.register("before-sign.*.*", lambda request, **_: request.headers.__setitem__(
        "x-moto-account-id", account))
    return c


# ----------------------------------------------------------------------------------------------- templates --

class _TemplateLoader(yaml.SafeLoader):
    """YAML with CloudFormation's short forms (!Ref, !GetAtt, !Sub ...) read as their long forms."""


def _short_form(loader, name, node):
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    if name == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    return {name if name in ("Ref", "Condition") else "Fn::" + name: value}


_TemplateLoader.add_multi_constructor("!", _short_form)


def load_template(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=_TemplateLoader)  # noqa: S506 (a SafeLoader subclass)


def references(node):
    """(logical id, attribute or None) of every Ref, Fn::GetAtt and ${...} in `node`."""
    found = set()
    if isinstance(node, list):
        for item in node:
            found |= references(item)
    elif isinstance(node, dict):
        if set(node) == {"Ref"}:
            found.add((node["Ref"], None))
        elif set(node) == {"Fn::GetAtt"}:
            found.add((node["Fn::GetAtt"][0], node["Fn::GetAtt"][1]))
        elif set(node) == {"Fn::Sub"}:
            text, variables = (node["Fn::Sub"], {}) if isinstance(node["Fn::Sub"], str) else node["Fn::Sub"]
            for name in _SUB_VARIABLE.findall(text):
                if name not in variables:
                    logical, _, attribute = name.partition(".")
                    found.add((logical, attribute or None))
            found |= references(variables)
        else:
            for value in node.values():
                found |= references(value)
    return found


def _depends_on(resource):
    depends = resource.get("DependsOn", [])
    return set([depends] if isinstance(depends, str) else depends)


def resolve(node, lookup):
    """`node` with Ref, Fn::GetAtt, Fn::Sub and Fn::Join evaluated by `lookup(logical id, attribute)`."""
    if isinstance(node, list):
        return [resolve(item, lookup) for item in node]
    if not isinstance(node, dict):
        return node
    if set(node) == {"Ref"}:
        return lookup(node["Ref"], None)
    if set(node) == {"Fn::GetAtt"}:
        return lookup(*node["Fn::GetAtt"])
    if set(node) == {"Fn::Sub"}:
        text, variables = (node["Fn::Sub"], {}) if isinstance(node["Fn::Sub"], str) else node["Fn::Sub"]
        values = {k: resolve(v, lookup) for k, v in variables.items()}

        def value(match):
            name = match.group(1)
            if name in values:
                return str(values[name])
            logical, _, attribute = name.partition(".")
            return str(lookup(logical, attribute or None))

        return _SUB_VARIABLE.sub(value, text).replace("${!", "${")
    if set(node) == {"Fn::Join"}:
        separator, items = node["Fn::Join"]
        return separator.join(str(i) for i in resolve(items, lookup))
    if len(node) == 1 and next(iter(node)).startswith("Fn::"):
        raise ValueError(f"{next(iter(node))} is not supported here (only Ref, Fn::GetAtt, Fn::Sub, Fn::Join)")
    return {k: resolve(v, lookup) for k, v in node.items()}


def substitute(node, values):
    """`node` with the Ref and Fn::GetAtt of the logical ids in `values` (id -> attribute -> value) replaced."""
    if isinstance(node, list):
        return [substitute(item, values) for item in node]
    if not isinstance(node, dict):
        return node
    if set(node) == {"Ref"} and node["Ref"] in values:
        return values[node["Ref"]]["Ref"]
    if set(node) == {"Fn::GetAtt"} and node["Fn::GetAtt"][0] in values:
        return values[node["Fn::GetAtt"][0]][node["Fn::GetAtt"][1]]
    if set(node) == {"Fn::Sub"}:
        text, variables = (node["Fn::Sub"], {}) if isinstance(node["Fn::Sub"], str) else node["Fn::Sub"]

        def value(match):
            logical, _, attribute = match.group(1).partition(".")
            if match.group(1) in variables or logical not in values:
                return match.group(0)
            return str(values[logical][attribute or "Ref"])

        text = _SUB_VARIABLE.sub(value, text)
        return {"Fn::Sub": text if not variables else [text, substitute(variables, values)]}
    return {k: substitute(v, values) for k, v in node.items()}


# ------------------------------------------------- what moto's CloudFormation skips, made through the API --

def _event_bus_policy(clients, p):
    if "Statement" not in p:
        raise ValueError("AWS::Events::EventBusPolicy without Statement (the legacy Action/Principal form) is not "
                         "supported here")
    events, bus = clients("events"), p.get("EventBusName", "default")
    current = events.describe_event_bus(Name=bus).get("Policy")
    # As CloudFormation does: this statement joins (or replaces, by its id) the bus's other statements.
    statements = [s for s in json.loads(current)["Statement"] if s.get("Sid") != p["StatementId"]] if current else []
    statements.append(dict(p["Statement"], Sid=p["StatementId"]))
    events.put_permission(EventBusName=bus, Policy=json.dumps({"Version": "2012-10-17", "Statement": statements}))
    return {"Ref": p["StatementId"]}


def _queue_policy(clients, p):
    for url in p["Queues"]:
        clients("sqs").set_queue_attributes(QueueUrl=url, Attributes={"Policy": json.dumps(p["PolicyDocument"])})
    return {"Ref": ",".join(p["Queues"])}


def _connection(clients, p):
    events = clients("events")
    arn = events.create_connection(Name=p["Name"], Description=p.get("Description", ""),
                                   AuthorizationType=p["AuthorizationType"],
                                   AuthParameters=p["AuthParameters"])["ConnectionArn"]
    secret = events.describe_connection(Name=p["Name"]).get("SecretArn", "")
    return {"Ref": p["Name"], "Arn": arn, "SecretArn": secret}


def _api_destination(clients, p):
    arn = clients("events").create_api_destination(
        Name=p["Name"], Description=p.get("Description", ""), ConnectionArn=p["ConnectionArn"],
        InvocationEndpoint=p["InvocationEndpoint"], HttpMethod=p["HttpMethod"],
        InvocationRateLimitPerSecond=int(p.get("InvocationRateLimitPerSecond", 300)))["ApiDestinationArn"]
    return {"Ref": p["Name"], "Arn": arn}


MADE_THROUGH_THE_API = {
    "AWS::Events::EventBusPolicy": _event_bus_policy,
    "AWS::SQS::QueuePolicy": _queue_policy,
    "AWS::Events::Connection": _connection,
    "AWS::Events::ApiDestination": _api_destination,
}


# ------------------------------------------------------------------------------------------------- deploy --

def _stack(cf, name):
    found = cf.describe_stacks()["Stacks"]
    return next((s for s in found if s["StackName"] == name and s["StackStatus"] != "DELETE_COMPLETE"), None)


def _outputs(stack):
    return {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])
            if not o["OutputKey"].startswith(_EXTRA_OUTPUT)}


class _Deployment:
    """One deployment of a template (the module's doc says in which steps)."""

    def __init__(self, endpoint, account, stack_name, template_path, parameters):
        self.clients = lambda service: client(endpoint, account, service)
        self.cf = self.clients("cloudformation")
        self.stack_name, self.template_path = stack_name, template_path
        self.template = load_template(template_path)
        self.resources = self.template["Resources"]
        self.parameters = {k: str(v) for k, v in parameters.items()}
        self.refers = {i: {r for r, _ in references(res.get("Properties", {}))} | _depends_on(res)
                       for i, res in self.resources.items()}
        self.by_api = {i for i, r in self.resources.items() if r["Type"] in MADE_THROUGH_THE_API}
        self.values = {}  # what the API gave each resource made through it: attribute ("Ref" too) -> value
        self.stack_values = {}  # (logical id, attribute) -> value, from the extra outputs
        defaults = {k: str(v["Default"]) for k, v in self.template.get("Parameters", {}).items() if "Default" in v}
        self.names = {"AWS::AccountId": account, "AWS::Region": REGION, "AWS::Partition": "aws",
                      "AWS::URLSuffix": "amazonaws.com", "AWS::StackName": stack_name, **defaults, **self.parameters}

    def ready(self, candidates, before):
        """The candidates whose references are all in `before` or in earlier candidates, in dependency order."""
        done, order = set(before), []
        while True:
            now = [i for i in sorted(candidates) if i not in done and self.refers[i] & set(self.resources) <= done]
            if not now:
                return order
            order += now
            done |= set(now)

    def run(self):
        stack_resources = set(self.resources) - self.by_api
        first = self.ready(stack_resources, ())
        api_first = self.ready(self.by_api, first)
        then = self.ready(stack_resources - set(first), first + api_first)
        api_then = self.ready(self.by_api - set(api_first), first + api_first + then)
        left = set(self.resources) - set(first + api_first + then + api_then)
        if left:
            raise ValueError(f"{sorted(left)} of {self.template_path} need more than one round of what moto's "
                             "CloudFormation cannot create; not supported")
        self.apply(first, self.cf.create_stack)
        self.make(api_first)
        if then or api_then or self.outputs(first) != self.template.get("Outputs", {}):
            self.apply(first + then, self.cf.update_stack)
        self.make(api_then)
        return _outputs(_stack(self.cf, self.stack_name)), sorted(self.by_api)

    def outputs(self, present):
        known = set(present) | set(self.values)
        return {k: v for k, v in self.template.get("Outputs", {}).items()
                if {r for r, _ in references(v)} & set(self.resources) <= known}

    def apply(self, present, operation):
        """Creates or updates the stack with the resources `present`, what the API made filled in."""
        needed = sorted({(r, a) for i in self.by_api for r, a in references(self.resources[i].get("Properties", {}))
                         if r in present}, key=lambda ref: (ref[0], ref[1] or ""))
        extra = {f"{_EXTRA_OUTPUT}{n}": {"Value": {"Ref": r} if a is None else {"Fn::GetAtt": [r, a]}}
                 for n, (r, a) in enumerate(needed)}
        resources = {}
        for i in present:
            resource = substitute(self.resources[i], self.values)
            depends = sorted(_depends_on(resource) - self.by_api)
            resource.pop("DependsOn", None)
            resources[i] = dict(resource, DependsOn=depends) if depends else resource
        body = dict(self.template, Resources=resources,
                    Outputs={**substitute(self.outputs(present), self.values), **extra})
        operation(StackName=self.stack_name, TemplateBody=json.dumps(body),
                  Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in self.parameters.items()])
        stack = _stack(self.cf, self.stack_name)
        made = {r["LogicalResourceId"] for r in self.cf.describe_stack_resources(
            StackName=self.stack_name)["StackResources"] if "LogicalResourceId" in r}
        missing = set(present) - made
        if missing:
            raise ValueError(f"moto's CloudFormation did not create {sorted(missing)} of {self.template_path} ("
                             f"{', '.join(sorted({self.resources[i]['Type'] for i in missing}))}): not supported")
        known = {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])}
        self.stack_values.update({needed[n]: known[f"{_EXTRA_OUTPUT}{n}"] for n in range(len(needed))})

    def make(self, ids):
        for i in ids:
            properties = resolve(self.resources[i].get("Properties", {}), self.lookup)
            self.values[i] = MADE_THROUGH_THE_API[self.resources[i]["Type"]](self.clients, properties)

    def lookup(self, logical, attribute):
        if attribute is None and logical in self.names:
            return self.names[logical]
        if logical in self.values:
            return self.values[logical][attribute or "Ref"]
        if (logical, attribute) in self.stack_values:
            return self.stack_values[(logical, attribute)]
        raise ValueError(f"cannot resolve {logical}{'.' + attribute if attribute else ''} in {self.template_path}")


def exists(endpoint, account, stack_name):
    return _stack(client(endpoint, account, "cloudformation"), stack_name) is not None


def deploy(endpoint, account, stack_name, template_path, parameters):
    """Deploys the template as stack `stack_name` in `account`; returns (outputs, logical ids made through the API)."""
    existing = _stack(client(endpoint, account, "cloudformation"), stack_name)
    if existing:
        return _outputs(existing), []
    return _Deployment(endpoint, account, stack_name, template_path, parameters).run()


if __name__ == "__main__":
    import sys

    if len(sys.argv) < 5:
        sys.exit("usage: python stacks.py MOTO_URL ACCOUNT STACK_NAME TEMPLATE [PARAMETER=VALUE ...]\n"
                 "deploys TEMPLATE as STACK_NAME in ACCOUNT; prints {\"outputs\": ..., \"madeThroughTheApi\": ...}")
    outputs, by_api = deploy(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4],
                             dict(p.split("=", 1) for p in sys.argv[5:]))
    print(json.dumps({"outputs": outputs, "madeThroughTheApi": by_api}, indent=2))
