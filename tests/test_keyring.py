"""'Remember on this computer' against a real Secret Service (gnome-keyring on a private
D-Bus session started by the fixture), and with no keyring at all."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import keyring
import keyring.backends.fail
import pytest

from desktop.services import keyring_store
from desktop.services.workspace import Workspace
from tests.factories import PASSPHRASE

pytestmark = pytest.mark.keyring


@pytest.fixture(scope="module")
def secret_service():
    """gnome-keyring-daemon unlocked on a D-Bus session of our own, torn down after."""
    missing = [b for b in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(b)]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
        pytest.skip(f"needs {', '.join(missing)}")
    home = tempfile.mkdtemp(prefix="coopdesk-keyring-")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    address = bus.stdout.readline().strip()
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": address,
        "HOME": home,
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_RUNTIME_DIR": home,
    }
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
        input="test-keyring-password",
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    os.environ["XDG_RUNTIME_DIR"] = home
    previous = keyring.get_keyring()
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    pid = [
        line.split("=", 1)[1]
        for line in daemon.stdout.splitlines()
        if line.startswith("GNOME_KEYRING_PID=")
    ]
    if pid:
        subprocess.run(["kill", pid[0]], check=False)
    bus.terminate()
    bus.wait(timeout=10)
    shutil.rmtree(home, ignore_errors=True)


def test_the_key_is_remembered_and_opens_the_workspace(secret_service, ws, tmp_path):
    assert keyring_store.available()
    keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
    workspace_id = ws.workspace_id
    ws.close()
    key = keyring_store.recall(workspace_id, "alice")
    assert key is not None
    again = Workspace.unlock_with_data_key(tmp_path / "ws", "alice", key)
    assert again.user == "alice"
    again.close()
    stored = secret_service.get_password("Cooperation Desk", f"{workspace_id}:alice")
    assert stored and PASSPHRASE not in stored  # the data key, never the passphrase


def test_forget_removes_it(secret_service, ws):
    keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
    keyring_store.forget(ws.workspace_id, "alice")
    assert keyring_store.recall(ws.workspace_id, "alice") is None


def test_no_keyring_is_a_clear_message_and_nothing_breaks(ws):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert not keyring_store.available()
        with pytest.raises(keyring_store.KeyringUnavailable, match="Type it each time"):
            keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
        assert keyring_store.recall(ws.workspace_id, "alice") is None
        keyring_store.forget(ws.workspace_id, "alice")
    finally:
        keyring.set_keyring(previous)


def test_a_hanging_keyring_times_out(ws):
    import threading

    release = threading.Event()

    from keyring.backends import SecretService

    class Hanging(SecretService.Keyring):  # a Secret Service whose daemon never answers
        priority = 1

        def get_password(self, service, username):
            release.wait(30)

        def set_password(self, service, username, password):
            release.wait(30)

        def delete_password(self, service, username):
            release.wait(30)

    previous = keyring.get_keyring()
    keyring.set_keyring(Hanging())
    try:
        assert keyring_store.recall(ws.workspace_id, "alice", timeout=0.2) is None
        with pytest.raises(keyring_store.KeyringUnavailable, match="did not answer"):
            keyring_store.remember(ws.workspace_id, "alice", b"k" * 32, timeout=0.2)
    finally:
        release.set()
        keyring.set_keyring(previous)


@pytest.fixture
def gui_with_keyring(isolated_qt, secret_service):
    """Isolated QSettings, but the real Secret Service as the keyring."""
    keyring.set_keyring(secret_service)
    return secret_service


def _unlock_dialog(qtbot, folder):
    from desktop.gui.background import Background
    from desktop.gui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(folder, Background())
    qtbot.addWidget(dialog)
    return dialog


def test_start_unlocks_with_the_remembered_key_without_asking(
    qtbot, gui_with_keyring, ws, tmp_path
):
    keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
    ws.close()
    dialog = _unlock_dialog(qtbot, tmp_path / "ws")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.show()  # nothing typed
    assert dialog.workspace.user == "alice" and dialog.ui.rememberCheck.isChecked()
    dialog.workspace.close()


def test_a_stale_remembered_key_is_removed_and_the_passphrase_asked(
    qtbot, gui_with_keyring, make_workspace, tmp_path
):
    ws, _ = make_workspace()
    other, _ = make_workspace(folder=tmp_path / "other")
    # the entry for this workspace holds another workspace's key (restored, replaced ...)
    keyring_store.remember(ws.workspace_id, "alice", other.data_key_for_keyring())
    workspace_id = ws.workspace_id
    ws.close()
    other.close()
    dialog = _unlock_dialog(qtbot, tmp_path / "ws")
    qtbot.waitUntil(lambda: "no longer opens" in dialog.ui.errorLabel.text(), timeout=20_000)
    assert dialog.workspace is None
    assert keyring_store.recall(workspace_id, "alice") is None
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.unlock()
    dialog.workspace.close()


def test_passphrase_change_and_removal_forget_the_remembered_key(secret_service, ws):
    from desktop.services import remembered

    ws.add_user("bob", "bobs passphrase")
    keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
    keyring_store.remember(ws.workspace_id, "bob", ws.data_key_for_keyring())
    remembered.change_passphrase(ws, "a brand new passphrase")
    assert keyring_store.recall(ws.workspace_id, "alice") is None
    assert keyring_store.recall(ws.workspace_id, "bob") is not None
    remembered.remove_user(ws, "bob")
    assert keyring_store.recall(ws.workspace_id, "bob") is None


def test_a_removed_user_s_remembered_key_does_not_open(secret_service, ws, tmp_path):
    from desktop.services import remembered

    ws.add_user("bob", "bobs passphrase")
    keyring_store.remember(ws.workspace_id, "bob", ws.data_key_for_keyring())
    ws._keyfile.remove("bob")  # as a removal on another computer leaves it here
    ws._keyfile.save()
    workspace_id = ws.workspace_id
    ws.close()
    result = remembered.unlock_remembered(tmp_path / "ws", "bob")
    assert result.workspace is None and "no longer opens" in result.message
    assert keyring_store.recall(workspace_id, "bob") is None


class PlaintextFile(keyring.backend.KeyringBackend):
    """Like keyrings.alt's file backends: the secret base64-encoded in a plain file."""

    priority = 1

    def __init__(self, path):
        super().__init__()
        self.path = path

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        import base64

        self.path.write_text(base64.b64encode(password.encode()).decode())

    def delete_password(self, service, username):
        self.path.unlink(missing_ok=True)


def test_a_plaintext_keyring_is_refused_with_the_reason(ws, tmp_path):
    stored = tmp_path / "python_keyring" / "keyring_pass.cfg"
    stored.parent.mkdir()
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextFile(stored))
    try:
        assert not keyring_store.available()
        with pytest.raises(
            keyring_store.KeyringUnavailable, match="does not keep secrets encrypted by the system"
        ):
            keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
        assert not stored.exists()
        assert "PlaintextFile" in keyring_store.problem()
    finally:
        keyring.set_keyring(previous)


def test_a_chain_with_a_plaintext_store_in_it_is_refused(secret_service, tmp_path):
    from keyring.backends.chainer import ChainerBackend

    class Chain(ChainerBackend):
        @property
        def backends(self):
            return [secret_service, PlaintextFile(tmp_path / "plain.cfg")]

    assert "PlaintextFile" in keyring_store.refusal(Chain())
    assert keyring_store.refusal(secret_service) is None


def test_ticking_remember_on_an_unfit_keyring_says_why(qtbot, isolated_qt, ws, tmp_path):
    ws.close()
    dialog = _unlock_dialog(qtbot, tmp_path / "ws")
    dialog.ui.rememberCheck.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.ui.rememberCheck.isChecked(), timeout=20_000)
    assert "no usable password store" in dialog.ui.errorLabel.text()
