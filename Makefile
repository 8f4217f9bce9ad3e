# The operator's verbs. `make help` lists them.
MVN      ?= mvn -B -q -Dstyle.color=never
KAIROS   := scripts/kairos
JAR      := cli/target/kairos.jar
DEMO_DB  := data/demo.duckdb

.DEFAULT_GOAL := help
.PHONY: help build test demo bench clean features labels train calibrate picks backtest validate pipeline

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

build: $(JAR) ## build the kairos binary (cli/target/kairos.jar, run through scripts/kairos)

$(JAR): pom.xml $(shell find core cli -name pom.xml -o -path '*/src/main/*' -type f 2>/dev/null)
	$(MVN) -DskipTests install

test: ## run the test suite (tests on ../shared/data skip when it is absent)
	$(MVN) test

demo: build ## the main job on the synthetic market: store, audit, research spine, picks, simulated execution, backtest
	@rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(KAIROS) download --source synthetic --db $(DEMO_DB)
	$(KAIROS) data-audit --db $(DEMO_DB)
	$(KAIROS) features --db $(DEMO_DB)
	$(KAIROS) labels --db $(DEMO_DB)
	$(KAIROS) db info --db $(DEMO_DB)
	$(KAIROS) check-rebalance next --count 3
	@# the runbook of a rebalance day: a model trained as of the date (nothing later is known then), its picks
	@last=$$($(KAIROS) check-rebalance last) && set -x && \
	  $(KAIROS) train --db $(DEMO_DB) --date $$last && \
	  $(KAIROS) calibrate --db $(DEMO_DB) && \
	  $(KAIROS) model-status --db $(DEMO_DB) && \
	  $(KAIROS) check-data --db $(DEMO_DB) --date $$last && \
	  $(KAIROS) generate-picks --db $(DEMO_DB) --date $$last --no-prior --output-dir outputs/rebalance/$$last && \
	  $(KAIROS) execute --db $(DEMO_DB) --picks outputs/rebalance/$$last/picks.csv && \
	  { $(KAIROS) execute --db $(DEMO_DB) --picks outputs/rebalance/$$last/picks.csv --execute || \
	    { status=$$?; [ $$status -eq 3 ] && echo "(exit 3: orders wait for the next session's bar)"; }; } && \
	  $(KAIROS) reconcile --db $(DEMO_DB) && \
	  $(KAIROS) track-performance --db $(DEMO_DB) && \
	  $(KAIROS) backtest --db $(DEMO_DB) --end $$last && \
	  { $(KAIROS) validate --db $(DEMO_DB) --backtest outputs/backtest/$$last || \
	    { status=$$?; [ $$status -eq 3 ] && echo "(exit 3: this model is not ready for paper trading)"; }; }

features: build ## new dates of feat_matrix in the store (FLAGS=--rebuild for every date)
	$(KAIROS) features $(FLAGS)

labels: build ## rebuild the labels table
	$(KAIROS) labels $(FLAGS)

train: build ## train the model as of the last feature date (FLAGS="--frequency weekly")
	$(KAIROS) train $(FLAGS)

calibrate: build ## calibrate the latest model's probabilities
	$(KAIROS) calibrate $(FLAGS)

pipeline: build ## the weekly routine with checkpoints (FLAGS="--resume", "--execute", "--date D"; docs/OPERATIONS.md)
	$(KAIROS) pipeline $(FLAGS)

backtest: build ## walk-forward backtest into outputs/backtest/<end> (FLAGS="--start 2020-01-01 --end 2025-12-31")
	$(KAIROS) backtest $(FLAGS)

validate: build ## the checks before paper trading on the latest backtest and model (exit 3 on a FAIL)
	$(KAIROS) validate $(FLAGS)

picks: build ## readiness checks, then picks for the last completed session into outputs/rebalance/<date>
	$(KAIROS) check-data $(FLAGS)
	$(KAIROS) generate-picks $(FLAGS)

bench: build ## benchmarks: medians of several runs, printed and written to outputs/bench/ (BENCH_ARGS="--runs 5")
	$(MVN) -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	java --add-opens=java.base/java.nio=ALL-UNNAMED -cp "bench/target/classes:$$(cat bench/target/classpath.txt)" \
	  io.kairos.bench.BenchMain $(BENCH_ARGS)

clean: ## remove build output (not data/ or outputs/)
	$(MVN) clean
