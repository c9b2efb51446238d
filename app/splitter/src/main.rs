//! Builds the browser client split by route, for trunk's post-build hook (trunk 0.21
//! cannot split, trunk-rs/trunk#1022): cargo builds the wasm with relocations kept,
//! `wasm_split_cli_support` cuts every `#[lazy]` / `#[lazy_route]` into its own module,
//! then wasm-bindgen and wasm-opt run on the main module and each part. Everything lands
//! in `pkg-<hash of the build>/` of trunk's staging folder (one immutable folder per
//! build: the parts find each other by relative URL), and the page's
//! `<meta name="orga-client">` becomes the script that starts the client.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

/// The lazily loaded areas by route (`lazy_area!` in app/src): a page opened directly at
/// one of these paths fetches its part together with the main module, not after it.
const ROUTE_PARTS: &[(&str, &str)] = &[
    ("/o/*/members", "members_area"),
    ("/o/*/audit", "audit_area"),
    ("/o/*/settings", "settings_area"),
    ("/organizations", "my_organizations_area"),
    ("/o/*/delete", "delete_organization_area"),
    ("/profile", "profile_area"),
    ("/dev/mail", "dev_mail_area"),
    ("/verify-email", "verify_email_area"),
    ("/forgot-password", "forgot_password_area"),
    ("/reset-password", "reset_password_area"),
    ("/forgot-login", "forgot_login_area"),
    ("/identity-check", "identity_check_area"),
    ("/confirm-login", "confirm_login_area"),
];

fn main() -> Result<()> {
    let staging = PathBuf::from(std::env::var("TRUNK_STAGING_DIR").context("run from trunk's build hook")?);
    let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize()?;
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from).join("client");

    // 1. The wasm, with the relocations the splitter reads.
    let profile = if release { "wasm-release" } else { "dev" };
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&root)
        .env("RUSTFLAGS", "--cfg erase_components -Clink-args=--emit-relocs")
        .args(["build", "-p", "app", "--bin", "app", "--no-default-features", "--features", "csr,split"])
        .args(["--target", "wasm32-unknown-unknown", "--profile", profile, "--target-dir"])
        .arg(&target)
        .status()?;
    if !status.success() {
        bail!("cargo build of the client failed");
    }
    let built =
        target.join("wasm32-unknown-unknown").join(if release { "wasm-release" } else { "debug" }).join("app.wasm");
    let input = std::fs::read(&built).with_context(|| format!("reading {}", built.display()))?;

    // 2. Split, into a folder named after the build.
    let hash: String = Sha256::digest(&input).iter().take(8).map(|b| format!("{b:02x}")).collect();
    let folder = format!("pkg-{hash}");
    let pkg = staging.join(&folder);
    std::fs::create_dir_all(&pkg)?;
    let main_wasm = target.join("app_split.wasm");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = &pkg;
    options.main_out_path = &main_wasm;
    options.main_module = "./app.js";
    options.link_name = "./__wasm_split.js";
    let split = wasm_split_cli_support::transform(options).map_err(|e| anyhow::anyhow!("{e:?}"))?;

    // 3. Bindings for the main module (it keeps the table the parts are linked into).
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript"])
        .args(["--out-name", "app", "--out-dir"])
        .arg(&pkg)
        .arg(&main_wasm))?;

    // 4. Size: the main module and every part.
    if release {
        let mut modules = vec![pkg.join("app_bg.wasm")];
        modules.extend(split.split_modules.iter().map(|m| if m.is_absolute() { m.clone() } else { pkg.join(m) }));
        for module in modules.iter().filter(|m| m.exists()) {
            run(Command::new("wasm-opt")
                .args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"])
                .arg(module)
                .arg("-o")
                .arg(module))?;
        }
    }

    // 5. The page starts the client from this build's folder, fetching the part of the
    // route it opens on at the same time (a dynamic import, so the preloads go first).
    let mut parts = Vec::new();
    for (route, area) in ROUTE_PARTS {
        let files: Vec<String> = split
            .prefetch_map
            .iter()
            .filter(|(split_name, _)| split_name.contains(area))
            .flat_map(|(_, files)| files.iter().map(|f| format!("\"{f}\"")))
            .collect();
        if files.is_empty() {
            bail!("no part for the area {area} ({route}): is it still a lazy_area! ?");
        }
        parts.push(format!("\"{route}\":[{}]", files.join(",")));
    }
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    let start = format!(
        "<link rel=\"modulepreload\" href=\"/{folder}/app.js\">\
         <link rel=\"preload\" href=\"/{folder}/app_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\
         <script type=\"module\">const parts={{{parts}}};\
         for(const f of parts[location.pathname.replace(/^\\/o\\/[^/]+/,'/o/*')]||[]){{const l=document.createElement('link');\
         l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href='/{folder}/'+f+'.wasm';document.head.append(l);}}\
         import('/{folder}/app.js').then(m=>m.default({{module_or_path:'/{folder}/app_bg.wasm'}}));</script>",
        parts = parts.join(",")
    );
    let Some(at) = html.find("<meta name=\"orga-client\"") else {
        bail!("index.html has no <meta name=\"orga-client\">")
    };
    let end = at + html[at..].find('>').context("unclosed meta")? + 1;
    std::fs::write(&index, format!("{}{start}{}", &html[..at], &html[end..]))?;
    println!("client split into {} parts in {folder}/", split.split_modules.len());
    widgets(&root, &target, &staging, release)
}

/// The widgets partners embed (EMB-1, app/widgets): one wasm each, with wasm-bindgen and
/// wasm-opt, into `embed/pkg-<hash>/` with the widgets' stylesheet; then one small page
/// per widget, `embed/<widget>.html`, which the server answers at `/embed/<widget>` with
/// the frame-ancestors the organization allows. No inline script: the page's policy is
/// `script-src 'self'`.
const WIDGETS: &[&str] = &["organization_switcher", "members", "security", "profile"];

fn widgets(root: &Path, client_target: &Path, staging: &Path, release: bool) -> Result<()> {
    let target = client_target.with_file_name("widgets");
    let profile = if release { "wasm-release" } else { "dev" };
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        // Without the client's relocations (only the splitter needs them, and they keep
        // wasm-opt from optimizing): a target folder of their own, so neither build
        // invalidates the other's.
        .env("RUSTFLAGS", "--cfg erase_components")
        .args(["build", "-p", "orga-widgets", "--bins", "--target", "wasm32-unknown-unknown", "--profile", profile])
        .arg("--target-dir")
        .arg(&target)
        .status()?;
    if !status.success() {
        bail!("cargo build of the widgets failed");
    }
    let built = target.join("wasm32-unknown-unknown").join(if release { "wasm-release" } else { "debug" });
    let css = std::fs::read(root.join("style/widget.css"))?;
    let mut digest = Sha256::new();
    digest.update(&css);
    for widget in WIDGETS {
        digest.update(std::fs::read(built.join(format!("{widget}.wasm")))?);
    }
    let hash: String = digest.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
    let folder = format!("pkg-{hash}");
    let embed = staging.join("embed");
    let pkg = embed.join(&folder);
    std::fs::create_dir_all(&pkg)?;
    std::fs::write(pkg.join("widget.css"), css)?;
    for widget in WIDGETS {
        run(Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-name", widget, "--out-dir"])
            .arg(&pkg)
            .arg(built.join(format!("{widget}.wasm"))))?;
        let module = pkg.join(format!("{widget}_bg.wasm"));
        if release {
            run(Command::new("wasm-opt")
                .args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"])
                .arg(&module)
                .arg("-o")
                .arg(&module))?;
        }
        std::fs::write(
            pkg.join(format!("{widget}-start.js")),
            format!("import init from './{widget}.js';\ninit();\n"),
        )?;
        let page = format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Orga</title>\
             <link rel=\"stylesheet\" href=\"/embed/{folder}/widget.css\">\
             <link rel=\"modulepreload\" href=\"/embed/{folder}/{widget}.js\">\
             <link rel=\"preload\" href=\"/embed/{folder}/{widget}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\
             <script type=\"module\" src=\"/embed/{folder}/{widget}-start.js\"></script></head><body></body></html>\n"
        );
        std::fs::write(embed.join(format!("{widget}.html")), page)?;
    }
    println!("widgets built in embed/{folder}/");
    Ok(())
}

fn run(command: &mut Command) -> Result<()> {
    let status = command.status().with_context(|| format!("starting {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed");
    }
    Ok(())
}
