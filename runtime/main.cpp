// The entry point of a compiled program: main() hands control to the runtime
// with the module init function the compiler generates. Kept out of the
// runtime library so the library can also live in a shared object (a CPython
// extension) that does not own main().
#include "taipan/abi.h"

extern "C" TpValue __taipan_main_init(void);

int main(int argc, char** argv) { return tp_main(argc, argv, __taipan_main_init); }
