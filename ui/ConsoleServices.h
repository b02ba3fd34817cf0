#pragma once

class ApiClient;
class AppSettings;
class CredentialStore;
class Journal;

// What the console's forms work with, built by the composition root (app/)
// and handed to the main window, which gives each form what it needs.
// Only `client` is required; a null journal or settings disables the pages
// that need them.
struct ConsoleServices
{
    ApiClient *client = nullptr;
    Journal *journal = nullptr;
    CredentialStore *credentials = nullptr;
    AppSettings *settings = nullptr;
};
