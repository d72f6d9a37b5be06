//! Browser printing: the print stylesheet turns the page into a clean handout.

/// Opens the browser's print dialog for the current page.
pub fn print_page() {
    let _ = gloo::utils::window().print();
}
