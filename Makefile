# The operator's verbs. `make help` lists them.
SHELL    := /bin/bash
MVN      ?= mvn -B -q -Dstyle.color=never
KAIROS   := scripts/kairos
JAR      := cli/target/kairos.jar
DEMO_DB  := data/demo.duckdb
SOURCE   ?= synthetic
MODE     ?= paper

.DEFAULT_GOAL := help
.PHONY: help build test demo bench clean data features labels train calibrate train-all picks execute execute-live backtest \
	validate pipeline pipeline-fast preflight health status

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

build: $(JAR) ## build the kairos binary (cli/target/kairos.jar, run through scripts/kairos)

$(JAR): pom.xml $(shell find core cli -name pom.xml -o -path '*/src/main/*' -type f 2>/dev/null)
	$(MVN) -DskipTests install

test: ## run the test suite (tests on ../shared/data skip when it is absent)
	$(MVN) test

# The demo's store and outputs are its own; broker.venue sim keeps Alpaca keys in .env away from synthetic picks.
# Validation refuses the synthetic market's model (accuracy under 52%), so the demo passes it with --force, recorded.
demo: export KAIROS_BROKER_VENUE := sim
demo: build ## the main job: the whole pipeline on a fresh synthetic market with the simulated broker, ending with its summary
	@rm -f $(DEMO_DB) $(DEMO_DB).wal
	@last=$$($(KAIROS) check-rebalance last) && set -x && \
	  $(KAIROS) pipeline --db $(DEMO_DB) --date $$last --execute --force
	@echo "next: scripts/kairos status --db $(DEMO_DB); open outputs/backtest/<date>/report.html in a browser"

data: build ## download prices into the store and audit them (SOURCE=sharadar|alpaca|csv|synthetic, FLAGS="--symbols A,B")
	$(KAIROS) download --source $(SOURCE) $(FLAGS)
	$(KAIROS) data-audit

features: build ## new dates of feat_matrix in the store (FLAGS=--rebuild for every date)
	$(KAIROS) features $(FLAGS)

labels: build ## rebuild the labels table
	$(KAIROS) labels $(FLAGS)

train: build ## train the model as of the last feature date (FLAGS="--frequency weekly")
	$(KAIROS) train $(FLAGS)

calibrate: build ## calibrate the latest model's probabilities
	$(KAIROS) calibrate $(FLAGS)

train-all: build ## features, labels, train and calibrate in order, as of the last feature date
	$(KAIROS) features
	$(KAIROS) labels
	$(KAIROS) train $(FLAGS)
	$(KAIROS) calibrate

pipeline: build ## the weekly routine with checkpoints (FLAGS="--resume", "--execute", "--date D"; docs/OPERATIONS.md)
	$(KAIROS) pipeline --source $(SOURCE) $(FLAGS)

pipeline-fast: build ## the weekly routine, skipping the download when the store already holds the last session
	$(KAIROS) pipeline --source $(SOURCE) --skip-fresh-download $(FLAGS)

backtest: build ## walk-forward backtest into outputs/backtest/<end> (FLAGS="--start 2020-01-01 --end 2025-12-31")
	$(KAIROS) backtest $(FLAGS)

validate: build ## the checks before paper trading on the latest backtest and model (exit 3 on a FAIL)
	$(KAIROS) validate $(FLAGS)

picks: build ## readiness checks, then picks for the last completed session into outputs/rebalance/<date>
	$(KAIROS) check-data $(FLAGS)
	$(KAIROS) generate-picks $(FLAGS)

# The newest picks unless PICKS=path/to/picks.csv is given.
LATEST_PICKS = $(or $(PICKS),$(lastword $(sort $(wildcard outputs/rebalance/*/picks.csv))))

execute: build ## preview the orders of the newest picks (PICKS=FILE to choose); sends nothing
	@test -n "$(LATEST_PICKS)" || { echo "no picks under outputs/rebalance/: run make picks first" >&2; exit 1; }
	$(KAIROS) execute --picks $(LATEST_PICKS) $(FLAGS)

execute-live: build ## preview, then ask, then send the orders of the newest picks to the broker
	@test -n "$(LATEST_PICKS)" || { echo "no picks under outputs/rebalance/: run make picks first" >&2; exit 1; }
	$(KAIROS) preflight --mode $(MODE) $(FLAGS)
	$(KAIROS) execute --picks $(LATEST_PICKS) $(FLAGS)
	@read -r -p "Send these orders of $(LATEST_PICKS) to the broker above? Type yes: " answer; \
	  [ "$$answer" = yes ] || { echo "not sent"; exit 3; }
	$(KAIROS) execute --picks $(LATEST_PICKS) --execute --yes $(FLAGS)

preflight: build ## the checks before trading (MODE=paper|live, FLAGS=--verbose); exit 3 on a FAIL
	$(KAIROS) preflight --mode $(MODE) $(FLAGS)

health: build ## one line per component; exit 3 when one fails (for monitors)
	$(KAIROS) health $(FLAGS)

status: build ## one screen: last run, data and model age, next rebalance, kill switch, account, alerts
	$(KAIROS) status $(FLAGS)

bench: build ## benchmarks: medians of several runs, printed and written to outputs/bench/ (BENCH_ARGS="--runs 5")
	$(MVN) -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	java --add-opens=java.base/java.nio=ALL-UNNAMED -cp "bench/target/classes:$$(cat bench/target/classpath.txt)" \
	  io.kairos.bench.BenchMain $(BENCH_ARGS)

clean: ## remove build output; then asks before deleting the store (data/kairos.duckdb)
	$(MVN) clean
	@store=data/kairos.duckdb; if [ -e $$store ]; then \
	  read -r -p "Also delete the store $$store (every download, feature, model record and order record)? Type yes: " answer; \
	  if [ "$$answer" = yes ]; then rm -f $$store $$store.wal && echo "deleted $$store"; else echo "kept $$store"; fi; fi
