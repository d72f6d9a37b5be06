fn main() {
    hirekit::platform::hash_guard::guard();
    hirekit::platform::offline::register_service_worker();
    yew::Renderer::<hirekit::app::App>::new().render();
}
