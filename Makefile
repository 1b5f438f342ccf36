# Facilitator: `make run` starts the app on the demo process, `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := facilitator/resources/i18n/facilitator_sv.qm
TS := facilitator/resources/i18n/facilitator_sv.ts
DEMO := build/demo.facilitator
SOURCES = $(shell find facilitator -name '*.py' | sort)

.PHONY: run test bench smoke translations lupdate system-deps clean reliability

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)

translations: $(QM)

# Refresh the catalogue from the code (then translate the new entries in the .ts).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(SOURCES) -source-language en -target-language sv -no-obsolete -locations none -ts $(TS)

run: $(STAMP) $(QM)
	$(PY) -m facilitator demo $(DEMO) --force
	$(PY) -m facilitator $(DEMO)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

# Issue 7, the long randomized runs: 50 SIGKILLs during capture, hundreds of hypothesis
# examples, longer attacks on the phone server. `make test` runs the short versions.
reliability: $(STAMP) $(QM)
	FACILITATOR_RELIABILITY_FULL=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m reliability tests/reliability

smoke: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m facilitator --smoke-test

# Compiled bytecode first, as an installed app has it (PYTHONDONTWRITEBYTECODE would
# otherwise make every start compile the sources again).
bench: $(STAMP) $(QM)
	$(PY) -m compileall -q facilitator
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# System libraries Qt needs on a bare Debian/Ubuntu (run as root or with sudo), then the
# tools some tests use to look at what we make (a document through LibreOffice, a QR code
# through zbarimg, the phone page in Chromium); tests that need a missing tool are skipped.
system-deps:
	apt-get update -qq
	apt-get install -y -qq python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
		libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-shape0 fonts-dejavu-core
	apt-get install -y -qq --no-install-recommends zbar-tools poppler-utils libreoffice-writer-nogui chromium \
		|| echo "Some optional test tools could not be installed; the tests that need them will be skipped."

clean:
	rm -rf $(VENV) build $(QM)
