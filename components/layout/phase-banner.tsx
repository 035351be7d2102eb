import { Tag } from '@/components/ui/tag';

interface PhaseBannerProps {
  tag: string;
  text: string;
}

/** Says plainly, on every page, that this is a demonstration with fictional sample entries. */
export function PhaseBanner({ tag, text }: PhaseBannerProps) {
  return (
    <div>
      <div className="width-container border-b border-border py-2.5">
        <p className="m-0 flex items-start gap-3 body-s">
          <Tag colour="blue" className="shrink-0 font-bold uppercase tracking-wide">
            {tag}
          </Tag>
          <span>{text}</span>
        </p>
      </div>
    </div>
  );
}
