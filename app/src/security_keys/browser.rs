//! The browser's side of a WebAuthn ceremony: the server's options (WebAuthn JSON, binary
//! fields in base64url) become the `ArrayBuffer`s `navigator.credentials.create/get`
//! want, and the credential they return becomes WebAuthn JSON again for the server.

use base64::Engine;
use js_sys::{Array, ArrayBuffer, Function, Object, Reflect, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the browser gave no credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyError {
    /// No WebAuthn in this browser (or not in a secure context).
    Unsupported,
    /// Cancelled, timed out, or no usable key (the browser does not say which).
    Cancelled,
}

/// Registers a new credential: `options` is the server's `{"publicKey": …}` JSON.
pub async fn create(options: &str) -> Result<String, KeyError> {
    let options = JSON::parse(options).map_err(|_| KeyError::Cancelled)?;
    let public_key = get(&options, "publicKey");
    to_buffer(&public_key, "challenge");
    to_buffer(&get(&public_key, "user"), "id");
    each(&get(&public_key, "excludeCredentials"), |c| to_buffer(c, "id"));
    let credential = call(&options, "create").await?;
    let response = get(&credential, "response");
    let out = Object::new();
    set(&out, "attestationObject", &encoded(&response, "attestationObject"));
    set(&out, "clientDataJSON", &encoded(&response, "clientDataJSON"));
    answer(&credential, &out)
}

/// Proves a registered credential: `options` is the server's `{"publicKey": …}` JSON.
pub async fn get_assertion(options: &str) -> Result<String, KeyError> {
    let options = JSON::parse(options).map_err(|_| KeyError::Cancelled)?;
    let public_key = get(&options, "publicKey");
    to_buffer(&public_key, "challenge");
    each(&get(&public_key, "allowCredentials"), |c| to_buffer(c, "id"));
    let credential = call(&options, "get").await?;
    let response = get(&credential, "response");
    let out = Object::new();
    for field in ["authenticatorData", "clientDataJSON", "signature"] {
        set(&out, field, &encoded(&response, field));
    }
    let handle = get(&response, "userHandle");
    set(&out, "userHandle", &if handle.is_object() { encoded(&response, "userHandle") } else { JsValue::NULL });
    answer(&credential, &out)
}

/// `navigator.credentials.<method>(options)`, awaited.
async fn call(options: &JsValue, method: &str) -> Result<JsValue, KeyError> {
    let navigator = web_sys::window().map(|w| JsValue::from(w.navigator())).ok_or(KeyError::Unsupported)?;
    let credentials = get(&navigator, "credentials");
    let function = get(&credentials, method).dyn_into::<Function>().map_err(|_| KeyError::Unsupported)?;
    if !get(&JsValue::from(js_sys::global()), "PublicKeyCredential").is_function() {
        return Err(KeyError::Unsupported);
    }
    let promise = function.call1(&credentials, options).map_err(|_| KeyError::Cancelled)?;
    let promise = promise.dyn_into::<js_sys::Promise>().map_err(|_| KeyError::Cancelled)?;
    let credential = JsFuture::from(promise).await.map_err(|_| KeyError::Cancelled)?;
    if credential.is_object() {
        Ok(credential)
    } else {
        Err(KeyError::Cancelled)
    }
}

/// The credential as WebAuthn JSON: id, rawId, type, the given response, the extensions.
fn answer(credential: &JsValue, response: &Object) -> Result<String, KeyError> {
    let out = Object::new();
    set(&out, "id", &get(credential, "id"));
    set(&out, "rawId", &encoded(credential, "rawId"));
    set(&out, "type", &get(credential, "type"));
    set(&out, "response", response);
    let extensions = get(credential, "getClientExtensionResults")
        .dyn_into::<Function>()
        .ok()
        .and_then(|f| f.call0(credential).ok())
        .filter(JsValue::is_object)
        .unwrap_or_else(|| Object::new().into());
    set(&out, "extensions", &extensions);
    JSON::stringify(&out).ok().and_then(|s| s.as_string()).ok_or(KeyError::Cancelled)
}

fn get(target: &JsValue, key: &str) -> JsValue {
    if target.is_object() {
        Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

fn each(list: &JsValue, f: impl Fn(&JsValue)) {
    if Array::is_array(list) {
        Array::from(list).for_each(&mut |item, _, _| f(&item));
    }
}

/// Replaces the base64url text at `key` by its bytes.
fn to_buffer(target: &JsValue, key: &str) {
    let Some(text) = get(target, key).as_string() else { return };
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    if let Ok(bytes) = engine.decode(text.trim_end_matches('=')) {
        set(target, key, &Uint8Array::from(bytes.as_slice()).buffer());
    }
}

/// The bytes of the `ArrayBuffer` at `key`, as base64url text.
fn encoded(source: &JsValue, key: &str) -> JsValue {
    let value = get(source, key);
    let bytes = match value.dyn_ref::<ArrayBuffer>() {
        Some(buffer) => Uint8Array::new(buffer).to_vec(),
        None => match value.dyn_ref::<Uint8Array>() {
            Some(view) => view.to_vec(),
            None => return JsValue::NULL,
        },
    };
    JsValue::from_str(&base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}
