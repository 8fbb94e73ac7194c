# The two commands of README.md, and the few others a developer needs.
SHELL := /bin/bash
MVN ?= mvn -B

.PHONY: help run stop test setup build crds bench cluster-up cluster-down

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

run: ## bring up the local control plane, the chart (operator, bridge, inference service) and the example assistant
	scripts/run.sh

stop: ## stop what `make run` started
	scripts/run.sh stop

test: ## run every test (installs what is missing, starts the local control plane if needed)
	scripts/test.sh

setup: ## install what a fresh machine lacks (idempotent, cached)
	scripts/setup.sh

build: ## build all modules without tests
	$(MVN) -q install -DskipTests

crds: ## regenerate crds/ from the Java types in api/
	$(MVN) -q -pl api install -DskipTests && cp api/target/crds/*.yml crds/

bench: ## run every benchmark and print its figures
	@for b in bench/*.sh; do echo "== $$b"; "$$b" || exit 1; done

cluster-up: ## start the local control plane only
	testing/cluster start

cluster-down: ## stop the local control plane
	testing/cluster stop
