fn main() {
    hirekit::platform::hash_guard::guard();
    hirekit::platform::offline::register_service_worker();
    // Mounts beside the painted frame, which stays on screen until the app replaces it. The first
    // render runs in a task of its own, not in the one that compiled and started the wasm: each
    // task stays shorter, so a phone answers a tap sooner.
    hirekit::platform::paint::next_task(|| {
        yew::Renderer::<hirekit::app::App>::with_root(hirekit::platform::paint::app_root())
            .render();
    })
    .forget();
}
