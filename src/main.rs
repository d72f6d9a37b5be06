fn main() {
    hirekit::platform::offline::register_service_worker();
    yew::Renderer::<hirekit::app::App>::new().render();
}
