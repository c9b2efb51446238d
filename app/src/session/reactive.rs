//! The session as a reactive value shared by every page. Loaded once at start,
//! replaced by every answer that changes it.

use leptos::prelude::*;

use super::Me;

/// The session as a reactive value: `None` inside until the first answer arrives.
#[derive(Clone, Copy)]
pub struct Session {
    pub me: RwSignal<Option<Me>>,
    pub loaded: RwSignal<bool>,
}

impl Session {
    pub fn new() -> Session {
        Session { me: RwSignal::new(None), loaded: RwSignal::new(false) }
    }

    /// May the user do `action` in the organization they work in? The same
    /// `domain::authorize` the server runs (reactive: read it in a closure).
    pub fn may(&self, action: &domain::Action) -> bool {
        self.me.with(|m| {
            m.as_ref()
                .and_then(|m| m.current_org())
                .is_some_and(|o| domain::authorize(Some(&o.membership), action).is_ok())
        })
    }

    pub fn set(&self, me: Option<Me>) {
        self.me.set(me);
        self.loaded.set(true);
    }

    /// Signed in just now: adopt the account's language and open the home page (or the
    /// page remembered by `shop::cart::remember_next`).
    pub fn enter(&self, me: Me, i18n: crate::i18n::I18n, navigate: impl Fn(&str, leptos_router::NavigateOptions)) {
        i18n.set(me.lang);
        self.set(Some(me));
        // Back where signing up or in was asked for (the shop's cart), else home.
        navigate(&crate::shop::cart::take_next().unwrap_or_else(|| "/".into()), Default::default());
    }
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
