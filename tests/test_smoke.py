from wijkzorg_desktop.services.vaults import unlock


def test_vault_fixture_unlocks(vault, passphrase):
    store, _ = vault
    session = unlock(store, "beheer", passphrase).session
    try:
        assert session.user.full_name == "Marieke Saënen"
    finally:
        session.close()
