# Convenience entry points. The two set-up commands of the README:
#   make demo   install missing dependencies, build, compile an example
#   make test   install missing dependencies, build, run every test (ctest)
# Other targets: build, check-format, format, clean, bench-parse, and the
# reliability runs of docs/reliability.md:
#   make test-asan    build-asan (ASan+UBSan) and its unit tests and golden programs
#   make fuzz-smoke   every libFuzzer target for FUZZ_SECONDS (60) each, in build-fuzz
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

ASAN_BUILD_DIR ?= build-asan
FUZZ_SECONDS ?= 60
# Tests test-asan leaves out besides the slow label, a ctest regex (CI
# passes one, see .ci/run).
ASAN_CTEST_EXCLUDE ?=

.PHONY: all deps configure build demo test test-quick test-asan fuzz-smoke bench-parse format check-format clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)
	cmake --build $(BUILD_DIR) --target stdlib-objects

demo: build
	@bash examples/demo.sh $(BUILD_DIR)/bin/taipan

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Unit and golden tests only (skips the long stdlib and mutation runs).
test-quick: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) -LE slow

# ASan+UBSan: the compiler, the runtime and the tests instrumented; programs
# the instrumented taipan builds link the sanitizer runtimes. Runs everything
# but the slow label and ASAN_CTEST_EXCLUDE. The options (why no leak check, docs/reliability.md)
# come from tools/asan.env.
test-asan: deps
	@test -f $(ASAN_BUILD_DIR)/build.ninja || cmake -S . -B $(ASAN_BUILD_DIR) -G Ninja \
	  -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DTAIPAN_SANITIZE=ON $(CMAKE_FLAGS)
	. tools/asan.env && cmake --build $(ASAN_BUILD_DIR) -j $(JOBS)
	. tools/asan.env && cd $(ASAN_BUILD_DIR) && ctest --output-on-failure -j $(JOBS) -LE slow \
	  $(if $(ASAN_CTEST_EXCLUDE),-E '$(ASAN_CTEST_EXCLUDE)')

fuzz-smoke:
	JOBS=$(JOBS) tools/fuzz.sh --seconds $(FUZZ_SECONDS) all

bench-parse: build
	python3 bench/parse_speed --taipan $(BUILD_DIR)/bin/taipan

format:
	find compiler driver tests tools fuzz -name '*.cpp' -o -name '*.h' | xargs clang-format -i

check-format:
	find compiler driver tests tools fuzz -name '*.cpp' -o -name '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR)
