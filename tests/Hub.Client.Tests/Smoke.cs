namespace Hub.Client.Tests;
