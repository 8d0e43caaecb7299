# The two commands of the README. Both set up whatever is missing first.
.PHONY: run test setup model lint

setup:
	bash scripts/setup.sh

run: setup
	bash -c 'source scripts/env.sh && newsflow demo'

test:
	bash scripts/setup.sh --test
	bash -c 'source scripts/env.sh && python -m pytest -q $(PYTEST_ARGS)'

model: setup
	bash -c 'source scripts/env.sh && newsflow train-ner'
