# Corridor: the two commands are `make demo` and `make test`; both install what is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN      := corridor_plugin
BUILD       := build
STAGE       := $(BUILD)/$(PLUGIN)
VERSION     := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP         := $(BUILD)/$(PLUGIN)-$(VERSION).zip
PYTHON      := .venv/bin/python
SYSPYTHON   := /usr/bin/python3
HEADLESS    := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(CURDIR)/$(BUILD)/runtime
PROFILE     := $(CURDIR)/$(BUILD)/qgis-profile
# Debian's /usr/bin/qgis_process wrapper adds --noversioncheck, which the 3.22 binary rejects
# ("Command --noversioncheck not known!"): call the binary itself.
QGIS_PROCESS := $(HEADLESS) QGIS_PLUGINPATH=$(CURDIR)/$(BUILD) QGIS_CUSTOM_CONFIG_PATH=$(PROFILE) qgis_process.bin
PYTEST_ARGS ?=
LANGUAGES   := zh ru mn kk

.PHONY: help setup setup-runtime test test-desktop demo bench lint package deploy translations translations-compile qgis-process qgis-process-enable clean test-qgis screenshots scope-enums

help:
	@echo "make demo          run the whole workflow headless on seeds/ (outputs in build/demo/)"
	@echo "make test          install what is missing and run the test suite"
	@echo "make test-desktop  only the workflow in the real QGIS desktop (Xvfb; screenshots in build/desktop/)"
	@echo "make test-qgis SUITE=trixie   make test and make demo on Debian 13's QGIS 3.40 LTR in a chroot (sid: 3.44)"
	@echo "make screenshots   refresh the README's pictures of the dock and the report (docs/screenshots/)"
	@echo "make bench         benchmarks, printed as ratios against QGIS/GDAL baselines"
	@echo "make lint          ruff"
	@echo "make package       build/$(PLUGIN)-<version>.zip for the QGIS plugin repository"
	@echo "make deploy        copy the staged plugin into your QGIS profile"
	@echo "make translations  update resources/i18n/*.ts and compile .qm"

setup:
	@scripts/setup.sh dev

setup-runtime:
	@scripts/setup.sh runtime

$(BUILD)/runtime:
	@mkdir -p $@ && chmod 700 $@

test: setup $(BUILD)/runtime translations-compile
	@$(HEADLESS) $(PYTHON) -m pytest $(PYTEST_ARGS); status=$$?; \
	  mkdir -p $(BUILD); echo $$status > $(BUILD)/pytest.exitcode; exit $$status

# The real QGIS desktop under Xvfb walking the dock's workflow (tests/desktop; `make test` runs it too).
test-desktop:
	@$(MAKE) --no-print-directory test PYTEST_ARGS="tests/desktop -q"

# Another Debian's QGIS in a debootstrap chroot, built once (see scripts/qgis-chroot.sh; needs root).
SUITE ?= trixie
QGIS_TARGETS ?= test demo
test-qgis:
	@scripts/qgis-chroot.sh $(SUITE) $(QGIS_TARGETS)

# The tests that take the README's pictures, writing them into docs/screenshots (make test writes build/screenshots).
SCREENSHOT_TESTS := tests/qgis/test_foundation.py tests/dock/test_dock.py tests/report/test_report.py
screenshots: setup $(BUILD)/runtime translations-compile
	@CORRIDOR_SCREENSHOTS=$(CURDIR)/docs/screenshots $(HEADLESS) $(PYTHON) -m pytest -q $(SCREENSHOT_TESTS)

demo: setup-runtime $(BUILD)/runtime translations-compile
	@$(HEADLESS) $(SYSPYTHON) scripts/demo.py --output $(BUILD)/demo

bench: setup $(BUILD)/runtime
	@$(HEADLESS) $(PYTHON) -m benchmarks $(BENCH_ARGS)

# Qt6 (QGIS 4): rewrite unscoped Qt/QGIS enums (Qt.AlignLeft -> Qt.AlignmentFlag.AlignLeft) and deprecated
# setFilters(QgsMapLayerProxyModel.X) in place, then drop the imports that leaves unused; re-run
# after merging code that adds some (tests/qgis/test_qt6.py fails until then).
scope-enums: setup
	@$(HEADLESS) $(PYTHON) scripts/scope_enums.py --fix $(PLUGIN); status=$$?; \
	  $(PYTHON) -m ruff check -q --fix --select F401,I001 $(PLUGIN); exit $$status

lint: setup
	@$(PYTHON) -m ruff check corridor_plugin tests benchmarks scripts

# -- packaging ------------------------------------------------------------------------------
package: translations-compile
	@rm -rf $(STAGE) $(ZIP)
	@mkdir -p $(STAGE)
	@cp -r $(PLUGIN)/. $(STAGE)/
	@cp -r resources seeds $(STAGE)/
	@cp metadata.txt LICENSE $(STAGE)/
	@find $(STAGE) \( -name __pycache__ -o -name '*.pyc' -o -name '*.pyo' -o -name '.pytest_cache' \) -prune -exec rm -rf {} +
	@rm -f $(STAGE)/resources/i18n/*.ts
	@cd $(BUILD) && $(SYSPYTHON) -c "import shutil; shutil.make_archive('$(PLUGIN)-$(VERSION)', 'zip', '.', '$(PLUGIN)')"
	@echo "package: $(ZIP) ($$(du -h $(ZIP) | cut -f1))"

QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: package
	@mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	@rm -rf $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)
	@cp -r $(STAGE) $(QGIS_PROFILE_DIR)/python/plugins/
	@echo "deploy: copied to $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in Plugins ▸ Manage and Install Plugins"

# Headless Processing on the staged plugin: `make qgis-process ARGS="run corridor:countryborders -- OUTPUT=x.gpkg"`
qgis-process-enable: package $(BUILD)/runtime
	@$(QGIS_PROCESS) plugins enable $(PLUGIN) >/dev/null 2>&1 || true

qgis-process: qgis-process-enable
	@$(QGIS_PROCESS) $(ARGS)

# -- translations ----------------------------------------------------------------------------
translations:
	@scripts/translations.sh update $(LANGUAGES)

translations-compile:
	@scripts/translations.sh compile $(LANGUAGES)

clean:
	rm -rf $(BUILD) .pytest_cache
