/// mimalloc instead of the system allocator: rendering (a static export, a busy site) makes and
/// drops many strings on several threads at once, where glibc's allocator spends a tenth of
/// the time growing and trimming its arenas.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dateline::cli::main()
}
