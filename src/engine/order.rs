//! One sort for the whole app, stable, so equal items keep their order.
//!
//! The standard library's sort is copied into the wasm once per element type and comparison:
//! 34 copies took 28 KB. Here only a list of positions is ever sorted, with the comparison behind
//! one `dyn` call, so the sorting code exists once; a small loop per type then puts the items
//! in that order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut positions: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut positions, &mut |a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(positions.into_iter().filter_map(|at| slots[at].take()));
}

/// Sorts `items` by the key each one maps to, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

// The one place the standard sort is instantiated.
fn sort_positions(positions: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    positions.sort_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u64;
        for len in 0..60 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            let mut std_sorted = items;
            sort_by_key(&mut ours, |item| item.0);
            std_sorted.sort_by_key(|item| item.0);
            assert_eq!(ours, std_sorted, "length {len}");
        }
    }

    #[test]
    fn equal_items_keep_their_order() {
        let mut names = vec!["bea", "Ana", "ana", "Bea", "carl"];
        sort_by_key(&mut names, |n| n.to_lowercase());
        assert_eq!(names, ["Ana", "ana", "bea", "Bea", "carl"]);
    }

    #[test]
    fn natural_order_and_reverse_comparison() {
        let mut steps = vec![3, 1, 2];
        sort(&mut steps);
        assert_eq!(steps, [1, 2, 3]);
        sort_by(&mut steps, |a, b| b.cmp(a));
        assert_eq!(steps, [3, 2, 1]);
    }
}
