fn main() {
    hirekit::platform::hash_guard::guard();
    hirekit::platform::offline::register_service_worker();
    // Mounts beside the painted frame, which stays on screen until the app replaces it.
    yew::Renderer::<hirekit::app::App>::with_root(hirekit::platform::paint::app_root()).render();
}
