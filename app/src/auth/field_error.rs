//! Form errors that name their field: the field is marked `aria-invalid` and described by
//! its own message (next to it), and the box under the form keeps the other errors.

use leptos::prelude::*;

use crate::error::{AppError, Field};
use crate::i18n::use_i18n;

/// The errors of one form: all of them, and those that belong to no field.
#[derive(Clone, Copy)]
pub struct FormErrors {
    pub all: RwSignal<Option<AppError>>,
    pub general: RwSignal<Option<AppError>>,
}

impl FormErrors {
    pub fn new(all: RwSignal<Option<AppError>>) -> FormErrors {
        let general = RwSignal::new(None);
        Effect::new(move |_| {
            let e = all.get();
            general.set(e.filter(|e| !matches!(e, AppError::Invalid { .. })));
        });
        FormErrors { all, general }
    }

    /// Whether the current error is about `field`.
    pub fn on(self, field: Field) -> bool {
        self.all.with(|e| matches!(e, Some(AppError::Invalid { field: f, .. }) if *f == field))
    }

    /// `aria-invalid` of the field's input.
    pub fn invalid(self, field: Field) -> impl Fn() -> Option<&'static str> + Copy {
        move || self.on(field).then_some("true")
    }

    /// `aria-describedby` of the field's input: its error message when there is one, and
    /// `more` (a help text's id) always.
    pub fn described_by(
        self,
        field: Field,
        id: &'static str,
        more: Option<&'static str>,
    ) -> impl Fn() -> Option<String> {
        move || {
            let ids: Vec<&str> = [self.on(field).then_some(id), more].into_iter().flatten().collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
}

/// The message of the error about `field`, if the current error is one, under the field.
#[component]
pub fn FieldError(errors: FormErrors, field: Field, id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        errors.all.with(|e| match e {
            Some(AppError::Invalid { field: f, problem }) if *f == field => {
                let text = problem.text(i18n.lang());
                Some(view! { <small id=id class="field-error reason" role="alert">{text}</small> })
            }
            _ => None,
        })
    }
}
