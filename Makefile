# Facilitator: `make run` starts the app on the demo process, `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := facilitator/resources/i18n/facilitator_sv.qm
TS := facilitator/resources/i18n/facilitator_sv.ts
DEMO := build/demo.facilitator
SOURCES = $(shell find facilitator -name '*.py' | sort)

.PHONY: run test bench smoke translations lupdate system-deps clean reliability package package-test \
	wheel bundle deb windows-installer

# The system libraries Qt needs (and python3-venv), installed when missing: as root, through
# sudo, or with one message saying what to install.
$(STAMP): pyproject.toml setup.py
	tools/system-deps.sh qt
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
	tools/system-deps.sh test
	tools/axe.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow and not package"

# Issue 7, the long randomized runs: 50 SIGKILLs during capture, hundreds of hypothesis
# examples, longer attacks on the phone server. `make test` runs the short versions.
reliability: $(STAMP) $(QM)
	FACILITATOR_RELIABILITY_FULL=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m reliability tests/reliability

smoke: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m facilitator --smoke-test

# Compiled bytecode first, as an installed app has it (PYTHONDONTWRITEBYTECODE would
# otherwise make every start compile the sources again).
bench: $(STAMP) $(QM) bundle
	$(PY) -m compileall -q facilitator
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# Everything from Debian/Ubuntu that running, testing and packaging use (tools/system-deps.sh).
system-deps:
	tools/system-deps.sh test
	tools/system-deps.sh package

# --- packages: the wheel, the Linux bundle and .deb, the Windows installer, all into dist/ ---
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
WHEEL := dist/facilitator-$(VERSION)-py3-none-any.whl
BUNDLE := dist/pyinstaller/facilitator/facilitator
DEB := dist/facilitator_$(VERSION)_amd64.deb
SETUP_EXE := dist/windows/Facilitator-$(VERSION)-setup.exe

package: wheel bundle deb windows-installer
	@ls -l $(WHEEL) $(DEB) $(SETUP_EXE)

# The wheel compiles the Swedish catalogue itself (setup.py), in pip's isolated build.
wheel: $(STAMP)
	rm -f dist/facilitator-*.whl
	$(PY) -m pip wheel --quiet --no-deps -w dist .

build/icons/facilitator.ico: facilitator/resources/icons/facilitator.svg packaging/icons.py $(STAMP)
	$(PY) packaging/icons.py build/icons

bundle: $(STAMP) $(QM) build/icons/facilitator.ico
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist/pyinstaller --workpath build/pyinstaller \
		packaging/facilitator.spec

deb: bundle
	tools/system-deps.sh package
	packaging/linux/build-deb.sh dist/pyinstaller/facilitator build/icons dist

windows-installer: wheel build/icons/facilitator.ico
	tools/system-deps.sh package
	packaging/windows/build.sh dist/windows

# Proves each package from outside the source tree, in a clean environment: the wheel in a
# fresh venv, the .deb in a bare Debian root, the installer under Wine (tests/packaging).
package-test: package
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m package tests/packaging

clean:
	rm -rf $(VENV) build dist $(QM)
