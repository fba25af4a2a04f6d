# Convenience entry points. The two set-up commands of the README:
#   make demo   install missing dependencies, build, compile an example
#   make test   install missing dependencies, build, run every test (ctest)
# Other targets: build, check-format, format, clean, bench-parse.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build demo test test-quick bench-parse format check-format clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@bash examples/demo.sh $(BUILD_DIR)/bin/taipan

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Unit and golden tests only (skips the long stdlib and mutation runs).
test-quick: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) -LE slow

bench-parse: build
	python3 bench/parse_speed --taipan $(BUILD_DIR)/bin/taipan

format:
	find compiler driver tests tools -name '*.cpp' -o -name '*.h' | xargs clang-format -i

check-format:
	find compiler driver tests tools -name '*.cpp' -o -name '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR)
