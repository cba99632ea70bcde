import { describe, expect, it } from 'vitest';
import { forgeUrl } from '../../src/lib/printing/forge-url.ts';

describe('links to a file on the forge', () => {
  it('percent-encode each segment of the path, so `#` and spaces do not end or break the address', () => {
    expect(forgeUrl('https://git.example/edit/main/', 'content/playbooks/C# and .NET review.md')).toBe('https://git.example/edit/main/content/playbooks/C%23%20and%20.NET%20review.md');
  });

  it('keep the folders apart and leave plain names as they are', () => {
    expect(forgeUrl('https://git.example/commits/main/', 'content/roles/head-of-ip.md')).toBe('https://git.example/commits/main/content/roles/head-of-ip.md');
  });
});
